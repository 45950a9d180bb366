using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.DirectLine;

/// <summary>Appends a turn's replies to its Direct Line conversation, where GET and the stream deliver them.</summary>
internal sealed class DirectLineReplySink(IDirectLineConversationStore store, string conversationId, ChannelAccount bot) : IReplySink
{
    public async ValueTask<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        // Trace activities are diagnostics for the Emulator; Direct Line does not deliver them to clients.
        if (reply.IsType(ActivityTypes.Trace))
            return new ResourceResponse(null);

        // Web Chat draws role "bot" on the left and shows suggested actions only under the bot's last message.
        reply.From ??= new ChannelAccount(bot.Id!, bot.Name);
        reply.From.Role = "bot";
        reply.Conversation ??= new ConversationAccount(conversationId);
        var stored = await store.AppendAsync(conversationId, reply, cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(stored?.Id);
    }
}
