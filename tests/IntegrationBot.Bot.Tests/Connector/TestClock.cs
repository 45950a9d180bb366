namespace IntegrationBot.Bot.Tests.Connector;

/// <summary>
/// A clock the test sets by hand whose short timers (retry back-off) fire at once and are recorded, so retry tests
/// neither sleep nor guess. Timers longer than <see cref="InstantThreshold"/> (per-attempt timeouts) stay real.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _delays = [];
    private DateTimeOffset _now = start;

    public TimeSpan InstantThreshold { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The delays that were skipped, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_gate)
                return [.. _delays];
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return _now;
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
            _now += by;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime < TimeSpan.Zero || dueTime > InstantThreshold || period != Timeout.InfiniteTimeSpan)
            return System.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
            _delays.Add(dueTime);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => default;
    }
}
