using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Turns;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Engine.Middleware;

/// <summary>
/// Runs a redelivered activity (same channel, conversation and activity id) only once: Teams retries a POST that took
/// longer than 15 s, and Direct Line may resend. The redelivery is acknowledged like the first delivery, without replies.
/// </summary>
public sealed partial class DeduplicationMiddleware(IDeliveryLog log, TimeProvider time, ILogger<DeduplicationMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Id is { Length: > 0 } id && activity.Conversation?.Id is { Length: > 0 } conversation)
        {
            var key = new DeliveryKey(activity.ChannelId ?? string.Empty, conversation, id);
            if (!await log.TryBeginAsync(key, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                LogRedelivery(activity.ChannelId);
                return;
            }
        }
        await next(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a redelivered activity on {ChannelId}")]
    private partial void LogRedelivery(string? channelId);
}
