using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Turns;

/// <summary>
/// Where a turn's replies go: the HTTP response (expectReplies), a Direct Line conversation, or the Bot Connector
/// at the activity's serviceUrl. The host picks one per turn; the engine never knows which.
/// </summary>
public interface IReplySink
{
    ValueTask<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken);
}

/// <summary>Collects replies in memory: for <c>expectReplies</c> turns and for tests.</summary>
public sealed class BufferedReplySink : IReplySink
{
    private readonly List<Activity> _replies = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Activity> Replies
    {
        get
        {
            lock (_gate)
                return [.. _replies];
        }
    }

    public ValueTask<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        lock (_gate)
            _replies.Add(reply);
        return ValueTask.FromResult(new ResourceResponse(null));
    }
}
