using IntegrationBot.Schema;

namespace IntegrationBot.Host.Proactive;

/// <summary>How a proactive message to a stored conversation reference went.</summary>
public enum ProactiveDelivery
{
    Delivered,

    /// <summary>The channel refused for good (bot removed, blocked) or the conversation no longer exists.</summary>
    Unreachable,

    /// <summary>A failure that may pass (throttled, unavailable); try again later.</summary>
    RetryLater,
}

/// <summary>
/// One way to reach a conversation outside a turn. The Bot Connector serves Teams and Azure Bot Service channels; the
/// embedded Direct Line serves Web Chat conversations this host holds in memory.
/// </summary>
public interface IProactiveChannel
{
    /// <summary>Whether this channel is the one that delivers to <paramref name="reference"/>.</summary>
    bool Serves(ConversationReference reference);

    Task<ProactiveDelivery> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken);
}

/// <summary>Picks the channel for a reference (the first that serves it, in registration order).</summary>
public sealed class ProactiveChannels(IEnumerable<IProactiveChannel> channels)
{
    private readonly IProactiveChannel[] _channels = [.. channels];

    public Task<ProactiveDelivery> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var channel = Array.Find(_channels, c => c.Serves(reference));
        return channel is null || reference.Conversation?.Id is null
            ? Task.FromResult(ProactiveDelivery.Unreachable)
            : channel.SendAsync(reference, activity, cancellationToken);
    }
}
