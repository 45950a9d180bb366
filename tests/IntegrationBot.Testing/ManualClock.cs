namespace IntegrationBot.Testing;

/// <summary>
/// A clock whose time and timers move only when the test calls <see cref="Advance"/>: retry delays and timeouts
/// (Polly, Task.Delay, CancellationTokenSource with a TimeProvider) then fire exactly when the test says, with no
/// real waiting. <see cref="WaitForTimerAsync"/> lets a test wait until the code under test has armed a timer.
/// Unlike <see cref="ManualTimeProvider"/>, whose timers run in real time.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<TimeSpan> _scheduled = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Signal)> _waiters = [];
    private DateTimeOffset _now = start;

    public override TimeZoneInfo LocalTimeZone => ManualTimeProvider.Berlin;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return _now;
    }

    // Durations measured by the code under test (Polly's telemetry, Stopwatch-style code) follow this clock too.
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>Every due time any timer was armed with, in order (retry delays, timeouts, ...).</summary>
    public IReadOnlyList<TimeSpan> ScheduledDueTimes
    {
        get
        {
            lock (_gate)
                return [.. _scheduled];
        }
    }

    /// <summary>Moves time forward and runs every timer that has come due, in due order.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
            target = _now + by;
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (next is null)
                {
                    _now = target;
                    return;
                }
                _now = next.DueAt > _now ? next.DueAt : _now;
                next.Reschedule(_now);
            }
            next.Fire();
        }
    }

    /// <summary>Completes when a timer whose due time matches is armed (or already was armed and is still pending).</summary>
    public Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match)
    {
        lock (_gate)
        {
            if (_timers.FirstOrDefault(t => match(t.DueTime)) is { } armed)
                return Task.FromResult(armed.DueTime);
            var signal = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Arm(ManualTimer timer, TimeSpan dueTime)
    {
        List<TaskCompletionSource<TimeSpan>> signalled;
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
                return;
            if (dueTime == TimeSpan.Zero && timer.IsOneShot)
            {
                // A real timer due now fires on the thread pool at once; so does this one.
                ThreadPool.QueueUserWorkItem(static t => t.Fire(), timer, preferLocal: false);
                return;
            }
            timer.DueAt = _now + dueTime;
            timer.DueTime = dueTime;
            _timers.Add(timer);
            _scheduled.Add(dueTime);
            signalled = _waiters.Where(w => w.Match(dueTime)).Select(w => w.Signal).ToList();
            _waiters.RemoveAll(w => signalled.Contains(w.Signal));
        }
        foreach (var signal in signalled)
            signal.TrySetResult(dueTime);
    }

    private void Disarm(ManualTimer timer)
    {
        lock (_gate)
            _timers.Remove(timer);
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; set; }
        public bool IsOneShot => _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero;
        public TimeSpan DueTime { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            clock.Arm(this, dueTime);
            return true;
        }

        // Called under the clock's lock: a periodic timer stays armed, a one-shot timer is removed before it fires.
        public void Reschedule(DateTimeOffset now)
        {
            if (IsOneShot)
                clock._timers.Remove(this);
            else
                DueAt = now + _period;
        }

        public void Fire() => callback(state);

        public void Dispose() => clock.Disarm(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
