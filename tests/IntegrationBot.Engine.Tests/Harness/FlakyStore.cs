using IntegrationBot.Engine.State;

namespace IntegrationBot.Engine.Tests.Harness;

/// <summary>A store that can be switched off (a database that is briefly down) or slowed down.</summary>
public sealed class FlakyStore(IStateStore inner) : IStateStore
{
    public bool Down { get; set; }

    public TimeSpan ReadDelay { get; set; }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (ReadDelay > TimeSpan.Zero)
            await Task.Delay(ReadDelay, cancellationToken);
        return await inner.ReadAsync(key, cancellationToken);
    }

    public Task<WriteResult> WriteAsync(string key, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken) =>
        Down ? throw new InvalidOperationException("database unavailable") : inner.WriteAsync(key, json, expectedETag, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public Task<int> DeleteExpiredAsync(string keyPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        inner.DeleteExpiredAsync(keyPrefix, olderThan, cancellationToken);
}
