using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Turns;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Engine.Middleware;

/// <summary>
/// Runs a redelivered activity (same channel, conversation and activity id) only once: Teams retries a POST that took
/// longer than 15 s, and Direct Line may resend. The redelivery is acknowledged like the first delivery, without replies.
/// A turn that fails is forgotten again, so the channel's redelivery gets a second chance instead of being dropped.
/// </summary>
public sealed partial class DeduplicationMiddleware(IDeliveryLog log, TimeProvider time, ILogger<DeduplicationMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Id is not { Length: > 0 } id || activity.Conversation?.Id is not { Length: > 0 } conversation)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var key = new DeliveryKey(activity.ChannelId ?? string.Empty, conversation, id);
        if (!await log.TryBeginAsync(key, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            LogRedelivery(activity.ChannelId);
            return;
        }
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ForgetAsync(key).ConfigureAwait(false);
            throw;
        }
    }

    private async Task ForgetAsync(DeliveryKey key)
    {
        try
        {
            // Not the turn's token: a cancelled turn must still be forgotten.
            await log.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The store is down (often why the turn failed); the redelivery will then be dropped, as before.
            LogForgetFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped a redelivered activity on {ChannelId}")]
    private partial void LogRedelivery(string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forget the delivery of a failed turn")]
    private partial void LogForgetFailed(Exception exception);
}
