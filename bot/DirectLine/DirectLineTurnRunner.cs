using System.Collections.Concurrent;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.DirectLine;

/// <summary>How a turn ended, as far as the caller waited for it.</summary>
public enum TurnOutcome
{
    Completed,
    Failed,

    /// <summary>Still running when the caller stopped waiting; its replies arrive later.</summary>
    Pending,
}

/// <summary>A posted activity: its echo's id and its turn, which runs after the conversation's earlier turns.</summary>
public sealed record PostedActivity(string Id, Task<TurnOutcome> Turn);

/// <summary>
/// Runs Direct Line turns through the <see cref="TurnPipeline"/>, one conversation's turns strictly one after another in
/// the order their activities were stored, with replies appended to the conversation. Turns outlive the HTTP request
/// that caused them (a client that hangs up must not cut a turn in half); only host shutdown cancels them.
/// </summary>
public sealed class DirectLineTurnRunner(
    IServiceScopeFactory scopes,
    IDirectLineConversationStore store,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DirectLineTurnRunner> logger)
{
    private readonly ConcurrentDictionary<string, TurnLane> _lanes = new(StringComparer.Ordinal);

    /// <summary>Stores the user's activity (the echo Web Chat waits for) and queues its turn; null if the conversation is gone.</summary>
    public async Task<PostedActivity?> PostAsync(string conversationId, Activity activity, ChannelAccount bot, CancellationToken cancellationToken)
    {
        // Storing and queueing happen under one gate, so transcript order and turn order are the same.
        var lane = await EnterLaneAsync(conversationId, cancellationToken).ConfigureAwait(false);
        try
        {
            var echo = await store.AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
            return echo is null ? null : new PostedActivity(echo.Id, lane.Chain(() => RunTurnAsync(conversationId, activity, bot)));
        }
        finally
        {
            lane.Admission.Release();
        }
    }

    /// <summary>
    /// Queues a turn for an activity the client never sees (the conversationUpdate of a new conversation) and answers
    /// with the queued turn.
    /// </summary>
    public async Task<Task<TurnOutcome>> QueueUnseenAsync(string conversationId, Activity activity, ChannelAccount bot, CancellationToken cancellationToken)
    {
        var lane = await EnterLaneAsync(conversationId, cancellationToken).ConfigureAwait(false);
        try
        {
            return lane.Chain(() => RunTurnAsync(conversationId, activity, bot));
        }
        finally
        {
            lane.Admission.Release();
        }
    }

    /// <summary>Waits for a turn at most <paramref name="limit"/>.</summary>
    public async Task<TurnOutcome> WaitAsync(Task<TurnOutcome> turn, TimeSpan limit, CancellationToken cancellationToken)
    {
        try
        {
            return await turn.WaitAsync(limit, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return TurnOutcome.Pending;
        }
    }

    /// <summary>Drops the bookkeeping of conversations without a turn since <paramref name="idleSince"/>.</summary>
    public void ForgetIdleLanes(DateTimeOffset idleSince)
    {
        foreach (var pair in _lanes)
        {
            if (pair.Value.TryRetire(idleSince))
                _lanes.TryRemove(pair);
        }
    }

    private async Task<TurnLane> EnterLaneAsync(string conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var lane = _lanes.GetOrAdd(conversationId, static (_, now) => new TurnLane(now), time.GetUtcNow());
            await lane.Admission.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!lane.Retired)
            {
                lane.LastUsed = time.GetUtcNow();
                return lane;
            }
            // Retired between lookup and entry: the sweeper removed it, so take the fresh lane instead.
            lane.Admission.Release();
        }
    }

    private async Task<TurnOutcome> RunTurnAsync(string conversationId, Activity activity, ChannelAccount bot)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var pipeline = scope.ServiceProvider.GetRequiredService<TurnPipeline>();
            await pipeline.RunAsync(activity, new DirectLineReplySink(store, conversationId, bot), stopping).ConfigureAwait(false);
            return TurnOutcome.Completed;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return TurnOutcome.Failed;
        }
        catch (Exception exception)
        {
            // The turn is the bot's code: any failure is logged and answered with 502, and must not stop later turns.
            logger.LogError(exception, "Direct Line turn failed in conversation {ConversationId} for activity {ActivityId} of type {ActivityType}",
                conversationId, activity.Id, activity.Type);
            return TurnOutcome.Failed;
        }
    }

    /// <summary>One conversation's queue: an admission gate and the tail of its chain of turns.</summary>
    private sealed class TurnLane(DateTimeOffset now)
    {
        private Task _tail = Task.CompletedTask;

        public SemaphoreSlim Admission { get; } = new(1, 1);

        public bool Retired { get; private set; }

        public DateTimeOffset LastUsed { get; set; } = now;

        /// <summary>Only called while <see cref="Admission"/> is held.</summary>
        public Task<TurnOutcome> Chain(Func<Task<TurnOutcome>> turn)
        {
            var next = RunAfterAsync(_tail, turn);
            _tail = next;
            return next;
        }

        public bool TryRetire(DateTimeOffset idleSince)
        {
            if (!Admission.Wait(0))
                return false;
            try
            {
                Retired = _tail.IsCompleted && LastUsed < idleSince;
                return Retired;
            }
            finally
            {
                Admission.Release();
            }
        }

        private static async Task<TurnOutcome> RunAfterAsync(Task previous, Func<Task<TurnOutcome>> turn)
        {
            // Turns report failures as outcomes, so the previous one is awaited only for its end.
            await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            return await turn().ConfigureAwait(false);
        }
    }
}
