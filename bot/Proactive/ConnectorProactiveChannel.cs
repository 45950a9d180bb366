using IntegrationBot.Host.Connector;
using IntegrationBot.Host.Teams;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Proactive;

/// <summary>
/// Teams and Azure Bot Service channels through <see cref="ProactiveSender"/>. The conversation's stored reference is
/// used when there is one (Teams keeps it current and disables it when the bot is removed); otherwise the reference
/// kept with the registration is stored first, so later refusals disable it the same way.
/// </summary>
public sealed class ConnectorProactiveChannel(ProactiveSender sender, ConversationReferenceStore references) : IProactiveChannel
{
    public bool Serves(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.ServiceUrl is { Length: > 0 } && !DirectLineProactiveChannel.IsEmbedded(reference);
    }

    public async Task<ProactiveDelivery> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var key = ConversationReferenceStore.KeyFor(reference);
        if (await references.GetAsync(key, cancellationToken).ConfigureAwait(false) is null)
            await references.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
        var outcome = await sender.SendAsync(key, activity, cancellationToken).ConfigureAwait(false);
        return outcome.Status switch
        {
            ProactiveStatus.Sent => ProactiveDelivery.Delivered,
            ProactiveStatus.Failed when outcome.Error is ConnectorErrorKind.Throttled or ConnectorErrorKind.Unavailable => ProactiveDelivery.RetryLater,
            _ => ProactiveDelivery.Unreachable,
        };
    }
}
