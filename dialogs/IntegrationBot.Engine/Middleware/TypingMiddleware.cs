using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Engine.Middleware;

/// <summary>
/// Shows a typing indicator when answering a message takes longer than <see cref="EngineOptions.TypingDelay"/>, and
/// repeats it every few seconds (channels drop the indicator after about 3 s). Not for expectReplies turns, whose
/// replies are returned all at once.
/// </summary>
public sealed class TypingMiddleware(IOptions<EngineOptions> options, TimeProvider time) : ITurnMiddleware
{
    private static readonly TimeSpan Repeat = TimeSpan.FromSeconds(3);

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!activity.IsType(ActivityTypes.Message) || activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = ShowTypingAsync(turn, done.Token);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await done.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task ShowTypingAsync(ITurnContext turn, CancellationToken done)
    {
        try
        {
            await Task.Delay(options.Value.TypingDelay, time, done).ConfigureAwait(false);
            while (!done.IsCancellationRequested)
            {
                await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, done).ConfigureAwait(false);
                await Task.Delay(Repeat, time, done).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The turn finished: no more typing.
        }
    }
}
