using System.Globalization;
using System.Net;

namespace IntegrationBot.Testing.TextServices;

/// <summary>One scripted misbehaviour: an HTTP status (with an optional Retry-After value) or a request that never answers.</summary>
public sealed record FakeFault(HttpStatusCode? Status, string? RetryAfter, bool Hang, string? ForKind);

/// <summary>
/// The queue of misbehaviours a fake service plays before it answers normally again. Each fault is used by one request
/// (of its kind, when <c>forKind</c> is given); requests find them in the order they were queued.
/// </summary>
public sealed class FakeFaults
{
    private readonly Lock _gate = new();
    private readonly List<FakeFault> _queue = [];

    /// <summary>The next <paramref name="times"/> requests get <paramref name="status"/> and the service's error body.</summary>
    public void EnqueueStatus(HttpStatusCode status, int times = 1, string? retryAfter = null, string? forKind = null) =>
        Enqueue(new FakeFault(status, retryAfter, Hang: false, forKind), times);

    /// <summary>429 with <c>Retry-After</c> in whole seconds.</summary>
    public void EnqueueThrottle(TimeSpan retryAfter, int times = 1, string? forKind = null) =>
        EnqueueStatus(HttpStatusCode.TooManyRequests, times, ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture), forKind);

    /// <summary>429 with <c>Retry-After</c> as an HTTP date.</summary>
    public void EnqueueThrottle(DateTimeOffset until, int times = 1, string? forKind = null) =>
        EnqueueStatus(HttpStatusCode.TooManyRequests, times, until.ToString("r", CultureInfo.InvariantCulture), forKind);

    /// <summary>The next requests are held open until the client gives up (or the service stops).</summary>
    public void EnqueueHang(int times = 1, string? forKind = null) => Enqueue(new FakeFault(null, null, Hang: true, forKind), times);

    public int Pending
    {
        get
        {
            lock (_gate)
                return _queue.Count;
        }
    }

    public void Clear()
    {
        lock (_gate)
            _queue.Clear();
    }

    internal FakeFault? TakeFor(string kind)
    {
        lock (_gate)
        {
            var index = _queue.FindIndex(f => f.ForKind is null || f.ForKind == kind);
            if (index < 0)
                return null;
            var fault = _queue[index];
            _queue.RemoveAt(index);
            return fault;
        }
    }

    private void Enqueue(FakeFault fault, int times)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
                _queue.Add(fault);
        }
    }
}
