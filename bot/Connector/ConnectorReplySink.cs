using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Connector;

/// <summary>
/// Sends a turn's replies to the Bot Connector at the inbound activity's (validated) serviceUrl: as a reply to an
/// activity when the reply has a replyToId, else to the conversation.
/// </summary>
public sealed class ConnectorReplySink(ConnectorClient connector, Activity inbound) : IReplySink
{
    public async ValueTask<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        // Like the Bot Framework SDK: trace activities are debugging aids that only the Emulator shows.
        if (reply.IsType(ActivityTypes.Trace) && !string.Equals(inbound.ChannelId, Channels.Emulator, StringComparison.Ordinal))
            return new ResourceResponse(null);

        // The inbound serviceUrl, never the reply's: only the validated one may receive the bot's token.
        var serviceUrl = inbound.ServiceUrl ?? throw new InvalidOperationException("The inbound activity has no serviceUrl to reply to.");
        var conversationId = reply.Conversation?.Id ?? inbound.Conversation?.Id
            ?? throw new InvalidOperationException("The reply has no conversation id.");

        return string.IsNullOrEmpty(reply.ReplyToId)
            ? await connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken).ConfigureAwait(false)
            : await connector.ReplyToActivityAsync(serviceUrl, conversationId, reply.ReplyToId, reply, cancellationToken).ConfigureAwait(false);
    }
}
