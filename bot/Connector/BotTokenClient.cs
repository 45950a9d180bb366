using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using IntegrationBot.Host.Auth;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Connector;

/// <summary>
/// Fetches the bot's Connector token (protocol notes §3.1): client credentials against
/// <c>{authority}/{tenant}/oauth2/v2.0/token</c> (tenant <c>botframework.com</c> for MultiTenant bots, the bot's own
/// for SingleTenant), or the managed-identity endpoint for UserAssignedMSI. Caching is <see cref="BotTokenCache"/>'s.
/// </summary>
public sealed class BotTokenClient(
    HttpClient http,
    ConnectorResilience resilience,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<ConnectorOptions> options,
    TimeProvider time)
{
    public async Task<AccessToken> RequestAsync(CancellationToken cancellationToken)
    {
        var identity = credentials.Value;
        var settings = options.Value;
        var managed = identity.AppType == BotAppType.UserAssignedMSI;
        var uri = managed ? ManagedIdentityUri(settings, identity) : ClientCredentialsUri(settings, identity);
        var requestedAt = time.GetUtcNow();

        HttpResponseMessage response;
        try
        {
            response = await resilience.For(uri, "token").ExecuteAsync(
                static async (state, ct) =>
                {
                    using var request = state.managed ? ManagedIdentityRequest(state.uri, state.settings) : ClientCredentialsRequest(state.uri, state.identity, state.settings);
                    return await state.http.SendAsync(request, ct).ConfigureAwait(false);
                },
                (http, uri, managed, identity, settings),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            throw new ConnectorException(ConnectorErrorKind.TokenUnavailable, "The token endpoint could not be reached.", innerException: exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw new ConnectorException(ConnectorErrorKind.TokenUnavailable, $"The token endpoint answered HTTP {(int)response.StatusCode}.", response.StatusCode);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return Parse(body, requestedAt);
        }
    }

    private static Uri ClientCredentialsUri(ConnectorOptions settings, BotCredentialsOptions identity)
    {
        var tenant = identity.AppType == BotAppType.SingleTenant ? identity.TenantId! : settings.MultiTenantTokenTenant;
        return new Uri($"{settings.TokenAuthority.TrimEnd('/')}/{Uri.EscapeDataString(tenant)}/oauth2/v2.0/token");
    }

    private static HttpRequestMessage ClientCredentialsRequest(Uri uri, BotCredentialsOptions identity, ConnectorOptions settings) => new(HttpMethod.Post, uri)
    {
        Content = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", identity.AppId),
            new("client_secret", identity.MicrosoftAppPassword ?? ""),
            new("scope", settings.TokenScope),
        ]),
    };

    // Azure IMDS, or App Service's own identity endpoint (no IMDS there): the resource is the scope without "/.default".
    private static Uri ManagedIdentityUri(ConnectorOptions settings, BotCredentialsOptions identity)
    {
        var resource = settings.TokenScope.EndsWith("/.default", StringComparison.Ordinal) ? settings.TokenScope[..^"/.default".Length] : settings.TokenScope;
        var (endpoint, version) = IsAppService(settings) ? (settings.AppServiceIdentityEndpoint, "2019-08-01") : (settings.ManagedIdentityEndpoint, "2018-02-01");
        return new Uri($"{endpoint}?api-version={version}&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(identity.AppId)}");
    }

    private static HttpRequestMessage ManagedIdentityRequest(Uri uri, ConnectorOptions settings)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (IsAppService(settings))
            request.Headers.Add("X-IDENTITY-HEADER", settings.AppServiceIdentityHeader);
        else
            request.Headers.Add("Metadata", "true");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    private static bool IsAppService(ConnectorOptions settings) =>
        !string.IsNullOrEmpty(settings.AppServiceIdentityEndpoint) && !string.IsNullOrEmpty(settings.AppServiceIdentityHeader);

    // expires_in is a number from Entra and a string from IMDS; accept both.
    private static AccessToken Parse(byte[] body, DateTimeOffset requestedAt)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var token = root.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            // App Service's endpoint may answer with expires_on (Unix seconds) only.
            var expires = ReadInt64(root, "expires_in") is { } seconds ? requestedAt.AddSeconds(seconds)
                : ReadInt64(root, "expires_on") is { } unix ? DateTimeOffset.FromUnixTimeSeconds(unix)
                : (DateTimeOffset?)null;
            if (string.IsNullOrEmpty(token) || expires is null)
                throw new ConnectorException(ConnectorErrorKind.TokenUnavailable, "The token endpoint's answer lacks access_token or expires_in.");
            return new AccessToken(token, expires.Value);
        }
        catch (JsonException exception)
        {
            throw new ConnectorException(ConnectorErrorKind.TokenUnavailable, "The token endpoint's answer is not JSON.", innerException: exception);
        }
    }

    private static long? ReadInt64(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) ? e.ValueKind switch
        {
            JsonValueKind.Number when e.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(e.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        } : null;
}
