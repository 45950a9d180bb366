using IntegrationBot.Host.DirectLine;
using IntegrationBot.Schema;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Proactive;

/// <summary>
/// Web Chat conversations of the embedded Direct Line: the message is appended to the conversation, where its open
/// stream (or the next GET) delivers it. A conversation this process no longer holds (idle timeout, restart) is
/// unreachable. Web Chat through Azure's Direct Line has a Bot Framework serviceUrl and goes through the Connector.
/// </summary>
public sealed class DirectLineProactiveChannel(IDirectLineConversationStore conversations, IOptions<DirectLineOptions> options) : IProactiveChannel
{
    /// <summary>A Web Chat or Direct Line reference whose serviceUrl is not Azure's Direct Line: this host's.</summary>
    public static bool IsEmbedded(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.ChannelId is Channels.WebChat or Channels.DirectLine && !IsAzureDirectLine(reference.ServiceUrl);
    }

    public bool Serves(ConversationReference reference) => IsEmbedded(reference);

    public async Task<ProactiveDelivery> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = reference.Conversation!.Id!;
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = new ConversationAccount(conversationId);
        // Web Chat draws role "bot" on the left, as for the replies of a turn.
        activity.From = new ChannelAccount(options.Value.BotId, options.Value.BotName, "bot");
        activity.Recipient ??= reference.User is { } user ? new ChannelAccount(user.Id!, user.Name, "user") : null;
        activity.Locale ??= reference.Locale;
        var stored = await conversations.AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        return stored is null ? ProactiveDelivery.Unreachable : ProactiveDelivery.Delivered;
    }

    private static bool IsAzureDirectLine(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Host.EndsWith(".botframework.com", StringComparison.OrdinalIgnoreCase);
}
