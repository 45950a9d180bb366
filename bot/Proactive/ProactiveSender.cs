using IntegrationBot.Host.Connector;
using IntegrationBot.Host.Teams;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Proactive;

public enum ProactiveStatus
{
    Sent,

    /// <summary>No reference is stored under the key.</summary>
    NoReference,

    /// <summary>The reference was disabled before (uninstalled, removed, blocked): nothing was sent.</summary>
    Disabled,

    /// <summary>The channel said the bot may no longer write there; the reference is now disabled.</summary>
    DisabledNow,

    /// <summary>The Connector failed after its retries (throttled, unavailable, rejected); try again later.</summary>
    Failed,
}

public sealed record ProactiveOutcome(ProactiveStatus Status, ConnectorErrorKind? Error = null, string? ResourceId = null);

/// <summary>
/// Sends a message to a stored conversation reference through the Connector (protocol notes §3.4). A 403 that says
/// the bot is gone or blocked disables the reference, so later sends stop before calling the channel (no retry storm);
/// 429 and transient failures are retried by the Connector client (Retry-After honoured); sends are paced per conversation.
/// </summary>
public sealed partial class ProactiveSender(
    ConnectorClient connector,
    ConversationReferenceStore references,
    TrustedServiceUrls trustedServiceUrls,
    ConversationPacer pacer,
    ILogger<ProactiveSender> logger)
{
    public async Task<ProactiveOutcome> SendAsync(string referenceKey, Activity activity, CancellationToken cancellationToken)
    {
        var stored = await references.GetAsync(referenceKey, cancellationToken).ConfigureAwait(false);
        if (stored is null)
            return new(ProactiveStatus.NoReference);
        if (stored.IsDisabled)
            return new(ProactiveStatus.Disabled);

        var reference = stored.Reference;
        Address(activity, reference);
        // The serviceUrl was stored from an activity whose token was validated (§3.3), so it may receive our token.
        trustedServiceUrls.Trust(reference.ServiceUrl!);
        using (await pacer.EnterAsync(referenceKey, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var response = await connector.SendToConversationAsync(reference.ServiceUrl!, reference.Conversation!.Id!, activity, cancellationToken).ConfigureAwait(false);
                return new(ProactiveStatus.Sent, ResourceId: response.Id);
            }
            catch (ConnectorException exception) when (exception.Kind is ConnectorErrorKind.BotNotInConversation or ConnectorErrorKind.BlockedByUser)
            {
                await references.DisableAsync(referenceKey, exception.Kind.ToString(), cancellationToken).ConfigureAwait(false);
                LogDisabled(exception.Kind, exception.CorrelationId);
                return new(ProactiveStatus.DisabledNow, exception.Kind);
            }
            catch (ConnectorException exception)
            {
                LogFailed(exception.Kind, exception.CorrelationId);
                return new(ProactiveStatus.Failed, exception.Kind);
            }
        }
    }

    private static void Address(Activity activity, ConversationReference reference)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.Recipient ??= reference.User;
        activity.Locale ??= reference.Locale;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive send refused ({Kind}); reference disabled (operation {CorrelationId})")]
    private partial void LogDisabled(ConnectorErrorKind kind, string? correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive send failed ({Kind}) (operation {CorrelationId})")]
    private partial void LogFailed(ConnectorErrorKind kind, string? correlationId);
}
