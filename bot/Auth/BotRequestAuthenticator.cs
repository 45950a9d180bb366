using IntegrationBot.Host.Connector;
using IntegrationBot.Schema;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Auth;

/// <summary>
/// Decides whether an inbound POST may run a turn: the Authorization header against the configured identity
/// (§2.2, §2.5), and, once accepted, records the activity's serviceUrl as one our Connector token may go to (§3.3).
/// </summary>
internal sealed class BotRequestAuthenticator(
    BotTokenValidator validator,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<BotCredentialsOptions> credentials,
    ILogger<BotRequestAuthenticator> logger)
{
    private const string BearerScheme = "Bearer";

    /// <summary>Refuses a request without an Authorization header before its body is read, when an app id is configured.</summary>
    public bool RejectsMissingHeader(string? authorization)
    {
        if (!string.IsNullOrEmpty(authorization) || !credentials.Value.IsAuthenticationEnabled)
            return false;
        Log.Rejected(logger, AuthenticationStatus.Unauthorized, "missing-authorization", channelId: null);
        return true;
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        var outcome = await DecideAsync(authorization, activity, cancellationToken).ConfigureAwait(false);
        if (outcome.Status == AuthenticationStatus.Authenticated && !string.IsNullOrEmpty(activity.ServiceUrl))
            trustedServiceUrls.Trust(activity.ServiceUrl);
        if (!outcome.Succeeded)
            Log.Rejected(logger, outcome.Status, outcome.Reason, activity.ChannelId);
        return outcome;
    }

    private async Task<AuthenticationOutcome> DecideAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return credentials.Value.IsAuthenticationEnabled
                ? AuthenticationOutcome.Unauthorized("missing-authorization")
                : AuthenticationOutcome.Anonymous;
        }
        // Without an app id no audience can match; the SDK rejects such headers too rather than ignoring them (§2.5).
        if (!credentials.Value.IsAuthenticationEnabled)
            return AuthenticationOutcome.Unauthorized("authorization-without-app-id");
        if (!TryGetBearerToken(authorization, out var token))
            return AuthenticationOutcome.Unauthorized("not-bearer");
        return await validator.ValidateAsync(token, activity, cancellationToken).ConfigureAwait(false);
    }

    private static bool TryGetBearerToken(string authorization, out string token)
    {
        var parts = authorization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        token = parts.Length == 2 && string.Equals(parts[0], BearerScheme, StringComparison.OrdinalIgnoreCase) ? parts[1] : "";
        return token.Length > 0;
    }
}

internal static partial class Log
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Inbound activity rejected ({Status}: {Reason}) on channel {ChannelId}")]
    public static partial void Rejected(ILogger logger, AuthenticationStatus status, string reason, string? channelId);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Error, Message = "Signing keys for {Path} tokens could not be fetched; inbound requests are refused until they can")]
    public static partial void SigningKeysUnavailable(ILogger logger, TokenPath path, Exception exception);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "BOT AUTHENTICATION IS DISABLED: MicrosoftAppId is empty, so /api/messages accepts unauthenticated requests and replies carry no token. This is only for the Bot Framework Emulator on a developer machine; set MicrosoftAppId and MicrosoftAppPassword before exposing the bot.")]
    public static partial void AuthenticationDisabled(ILogger logger);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Bot authentication enabled for app id {AppId} ({AppType})")]
    public static partial void AuthenticationEnabled(ILogger logger, string appId, BotAppType appType);
}
