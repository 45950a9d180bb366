using System.Collections.Concurrent;

namespace IntegrationBot.Engine.State;

/// <summary>In-process store for tests and benchmarks; same ETag contract as the database providers.</summary>
public sealed class MemoryStateStore(TimeProvider time) : IStateStore, IDeliveryLog
{
    private readonly ConcurrentDictionary<string, StoredDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<DeliveryKey, DateTimeOffset> _deliveries = new();
    private long _version;

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_documents.TryGetValue(key, out var doc) ? doc : null);

    public Task<WriteResult> WriteAsync(string key, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken)
    {
        var next = new StoredDocument(json.ToArray(), Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture), time.GetUtcNow());
        if (expectedETag is null)
            return Task.FromResult(_documents.TryAdd(key, next) ? WriteResult.Success(next.ETag) : WriteResult.Conflict);

        while (_documents.TryGetValue(key, out var current))
        {
            if (current.ETag != expectedETag)
                return Task.FromResult(WriteResult.Conflict);
            if (_documents.TryUpdate(key, next, current))
                return Task.FromResult(WriteResult.Success(next.ETag));
        }
        return Task.FromResult(WriteResult.Conflict);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _documents.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<int> DeleteExpiredAsync(string keyPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var (key, doc) in _documents)
        {
            if (key.StartsWith(keyPrefix, StringComparison.Ordinal) && doc.UpdatedAt < olderThan && _documents.TryRemove(key, out _))
                removed++;
        }
        return Task.FromResult(removed);
    }

    public Task<bool> TryBeginAsync(DeliveryKey key, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(_deliveries.TryAdd(key, now));

    public Task ForgetAsync(DeliveryKey key, CancellationToken cancellationToken)
    {
        _deliveries.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var (key, at) in _deliveries)
        {
            if (at < olderThan && _deliveries.TryRemove(key, out _))
                removed++;
        }
        return Task.FromResult(removed);
    }
}
