using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using IntegrationBot.Host.Auth;
using IntegrationBot.Schema;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace IntegrationBot.Host.Connector;

/// <summary>
/// The Bot Connector REST API v3 (protocol notes §3.2) for replies and proactive messages: the bot's token when an
/// app id is configured (none in Emulator-only local mode), retries per <see cref="ConnectorResilience"/>, and
/// failures as <see cref="ConnectorException"/> with a <see cref="ConnectorErrorKind"/>.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http,
    BotTokenClient tokenClient,
    BotTokenCache tokens,
    TrustedServiceUrls trustedServiceUrls,
    ConnectorResilience resilience,
    IOptions<BotCredentialsOptions> credentials,
    ILogger<ConnectorClient> logger)
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Posts a reply in the thread of <paramref name="activityId"/> (Teams channel threads need this).</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, serviceUrl, ConnectorRoutes.Activity(serviceUrl, conversationId, activityId), activity, "ReplyToActivity", cancellationToken);

    /// <summary>Posts an activity at the end of a conversation (proactive messages, replies without a replyToId).</summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, serviceUrl, ConnectorRoutes.Activities(serviceUrl, conversationId), activity, "SendToConversation", cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier (e.g. a card after its button was used).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Put, serviceUrl, ConnectorRoutes.Activity(serviceUrl, conversationId, activityId), activity, "UpdateActivity", cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, serviceUrl, ConnectorRoutes.Activity(serviceUrl, conversationId, activityId), body: null, "DeleteActivity", cancellationToken).ConfigureAwait(false);
    }

    private async Task<ResourceResponse> SendActivityAsync(HttpMethod method, string serviceUrl, Uri uri, Activity activity, string operation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, serviceUrl, uri, BotJson.SerializeToUtf8Bytes(activity), operation, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
            return new ResourceResponse(null);
        try
        {
            return JsonSerializer.Deserialize(body, BotJson.Context.ResourceResponse) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            return new ResourceResponse(null); // the activity was accepted; an odd body must not turn that into a failure
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string serviceUrl, Uri uri, byte[]? body, string operation, CancellationToken cancellationToken)
    {
        var token = await TokenForAsync(serviceUrl, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response;
        try
        {
            response = await resilience.For(uri).ExecuteAsync(
                static async (state, ct) =>
                {
                    using var request = new HttpRequestMessage(state.method, state.uri);
                    if (state.token is not null)
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", state.token);
                    if (state.body is not null)
                        request.Content = new ByteArrayContent(state.body) { Headers = { ContentType = JsonContentType } };
                    return await state.http.SendAsync(request, ct).ConfigureAwait(false);
                },
                (http, method, uri, token, body),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            Log.ConnectorUnavailable(logger, operation, uri.Host, exception.GetType().Name);
            throw new ConnectorException(ConnectorErrorKind.Unavailable, $"{operation} could not reach the Connector.", innerException: exception);
        }

        if (response.IsSuccessStatusCode)
            return response;
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null)
                tokens.Invalidate(token);
            var error = await ConnectorErrors.FromResponseAsync(response, operation, cancellationToken).ConfigureAwait(false);
            Log.ConnectorFailed(logger, operation, uri.Host, (int)response.StatusCode, error.ErrorCode, error.CorrelationId);
            throw error;
        }
    }

    private async ValueTask<string?> TokenForAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        if (!credentials.Value.IsAuthenticationEnabled)
            return null; // Emulator-only local mode: both sides run without app ids (§2.5)
        if (!trustedServiceUrls.IsTrusted(serviceUrl))
            throw new ConnectorException(ConnectorErrorKind.UntrustedServiceUrl, "The serviceUrl did not arrive with a validated token; the bot's token is not sent there.");
        return await tokens.GetAsync(tokenClient.RequestAsync, cancellationToken).ConfigureAwait(false);
    }
}
