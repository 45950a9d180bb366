namespace IntegrationBot.Engine.State;

/// <summary>A stored JSON document and the ETag that guards its next write.</summary>
public sealed record StoredDocument(ReadOnlyMemory<byte> Json, string ETag, DateTimeOffset UpdatedAt);

/// <summary>Outcome of a guarded write: written (with the new ETag), or lost the race.</summary>
public readonly record struct WriteResult(bool Written, string? ETag)
{
    public static WriteResult Conflict => new(false, null);

    public static WriteResult Success(string etag) => new(true, etag);
}

/// <summary>
/// Key/value storage of JSON documents with optimistic concurrency. Every write states the ETag it expects
/// (null: "the key must not exist yet"); a mismatch is <see cref="WriteResult.Conflict"/>, never a silent overwrite.
/// Implementations: in-memory (tests, benchmarks), SQLite (default), PostgreSQL.
/// </summary>
public interface IStateStore
{
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken);

    Task<WriteResult> WriteAsync(string key, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Deletes the key if it exists (unguarded: used for "delete my data").</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes documents whose key starts with <paramref name="keyPrefix"/> and that were last written before <paramref name="olderThan"/>.</summary>
    Task<int> DeleteExpiredAsync(string keyPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken);
}
