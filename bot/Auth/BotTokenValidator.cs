using IntegrationBot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationBot.Host.Auth;

/// <summary>
/// Validates a Bot Framework bearer token against the activity it came with: the algorithm of §2.2 of the
/// protocol notes (issuer routing, signature from the issuer's keys, lifetime with skew, audience = app id,
/// key endorsements, <c>serviceurl</c> claim, Emulator <c>ver</c>/<c>appid</c>/<c>azp</c> rules).
/// </summary>
internal sealed class BotTokenValidator(
    BotMetadataSources metadata,
    IOptions<BotCredentialsOptions> credentials,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider time,
    ILogger<BotTokenValidator> logger)
{
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();
    private readonly IReadOnlyList<string> _emulatorIssuers = TokenIssuers.EmulatorFor(credentials.Value.TenantId);

    public async Task<AuthenticationOutcome> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        if (!_handler.CanReadToken(token))
            return AuthenticationOutcome.Unauthorized("malformed-token");
        var unverified = new JsonWebToken(token);
        var path = TokenIssuers.Route(unverified.Issuer, _emulatorIssuers);
        if (path == TokenPath.Unknown)
            return AuthenticationOutcome.Unauthorized("unknown-issuer");

        var source = metadata.For(path);
        OpenIdConnectConfiguration configuration;
        TokenValidationResult result;
        try
        {
            configuration = await source.GetAsync(cancellationToken).ConfigureAwait(false);
            result = await ValidateAsync(token, path, configuration).ConfigureAwait(false);
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException
                && await source.RenewAsync(configuration, cancellationToken).ConfigureAwait(false) is { } renewed)
            {
                configuration = renewed;
                result = await ValidateAsync(token, path, configuration).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or IOException or ArgumentException)
        {
            // ConfigurationManager reports an unreachable or unreadable issuer as InvalidOperationException.
            Log.SigningKeysUnavailable(logger, path, exception);
            return AuthenticationOutcome.Unavailable("signing-keys-unavailable");
        }
        if (!result.IsValid || result.SecurityToken is not JsonWebToken verified)
            return AuthenticationOutcome.Unauthorized(ReasonOf(result.Exception));

        var endorsements = SigningKeyEndorsements.Find(configuration.JsonWebKeySet, verified.SigningKey?.KeyId ?? verified.Kid);
        return path == TokenPath.Channel
            ? CheckChannelToken(verified, endorsements, activity)
            : CheckEmulatorToken(verified, endorsements, activity);
    }

    private Task<TokenValidationResult> ValidateAsync(string token, TokenPath path, OpenIdConnectConfiguration configuration) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = path == TokenPath.Channel ? [TokenIssuers.Channel] : _emulatorIssuers,
            ValidAudience = credentials.Value.AppId,
            IssuerSigningKeys = configuration.SigningKeys,
            // An unknown kid must surface as "key not found" so the keys get refetched, not be tried against every key.
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = options.Value.ClockSkew,
            // IdentityModel reads the wall clock; this keeps lifetime checks on the injected TimeProvider.
            LifetimeValidator = IsWithinLifetime,
        });

    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var skew = options.Value.ClockSkew;
        return expires is { } exp
            && (notBefore is null || notBefore <= exp)
            && (notBefore is null || notBefore.Value.ToUniversalTime() <= now + skew)
            && exp.ToUniversalTime() >= now - skew;
    }

    private static AuthenticationOutcome CheckChannelToken(JsonWebToken token, IReadOnlyList<string>? endorsements, Activity activity)
    {
        // Bot Framework keys always carry endorsements; a channel token signed by a key without them is not one of theirs.
        if (endorsements is null)
            return AuthenticationOutcome.Forbidden("channel-key-without-endorsements");
        if (!IsEndorsed(endorsements, activity.ChannelId))
            return AuthenticationOutcome.Forbidden("channel-not-endorsed");
        // Without this check a token for another bot's conversation could make us send our Connector token elsewhere (§9.2).
        if (!token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl)
            || string.IsNullOrEmpty(serviceUrl)
            || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized("serviceurl-mismatch");
        }
        return AuthenticationOutcome.Authenticated(AuthenticationOutcome.AzureCallerId, "channel");
    }

    private AuthenticationOutcome CheckEmulatorToken(JsonWebToken token, IReadOnlyList<string>? endorsements, Activity activity)
    {
        if (endorsements is not null && !IsEndorsed(endorsements, activity.ChannelId))
            return AuthenticationOutcome.Forbidden("channel-not-endorsed");
        if (!token.TryGetPayloadValue<string>("ver", out var version))
            return AuthenticationOutcome.Unauthorized("emulator-ver-missing");
        var appIdClaim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
            return AuthenticationOutcome.Unauthorized("emulator-ver-unknown");
        // A different app id than ours would be a skill (bot-to-bot) call; this bot has no skill callers.
        if (!token.TryGetPayloadValue<string>(appIdClaim, out var appId) || !string.Equals(appId, credentials.Value.AppId, StringComparison.Ordinal))
            return AuthenticationOutcome.Unauthorized("emulator-appid-mismatch");
        return AuthenticationOutcome.Authenticated(callerId: null, "emulator");
    }

    // The SDK lets an activity without channelId pass (EndorsementsValidator); keep that.
    private static bool IsEndorsed(IReadOnlyList<string> endorsements, string? channelId) =>
        string.IsNullOrEmpty(channelId) || endorsements.Contains(channelId, StringComparer.Ordinal);

    private static string ReasonOf(Exception? exception) => exception switch
    {
        SecurityTokenInvalidLifetimeException => "lifetime",
        SecurityTokenInvalidAudienceException => "audience",
        SecurityTokenInvalidIssuerException => "issuer",
        SecurityTokenSignatureKeyNotFoundException => "unknown-signing-key",
        SecurityTokenInvalidSignatureException => "signature",
        SecurityTokenInvalidAlgorithmException => "algorithm",
        null => "invalid",
        _ => exception.GetType().Name,
    };
}
