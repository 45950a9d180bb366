using System.Collections.Concurrent;

namespace IntegrationBot.Contacts.Directory;

/// <summary>The directory in memory, for tests and for hosts without a database; ordered as inserted.</summary>
public sealed class MemoryContactDirectory : IContactDirectory
{
    private readonly ConcurrentDictionary<string, (long Order, DirectoryEntry Entry)> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, bool> _seededVersions = new();
    private long _order;

    public MemoryContactDirectory()
    {
    }

    public MemoryContactDirectory(DirectorySeed seed)
    {
        foreach (var entry in seed.Entries)
            _entries[entry.Id] = (Interlocked.Increment(ref _order), entry);
        _seededVersions[seed.Version] = true;
    }

    public Task<IReadOnlyList<DirectoryEntry>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DirectoryEntry>>([.. _entries.Values.OrderBy(v => v.Order).Select(v => v.Entry)]);

    public Task<DirectoryEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryGetValue(id, out var found) ? found.Entry : null);

    public Task<bool> UpsertAsync(DirectoryEntry entry, CancellationToken cancellationToken)
    {
        var added = false;
        _entries.AddOrUpdate(entry.Id,
            _ => { added = true; return (Interlocked.Increment(ref _order), entry); },
            (_, old) => (old.Order, entry));
        return Task.FromResult(added);
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryRemove(id, out _));

    public Task SeedAsync(DirectorySeed seed, CancellationToken cancellationToken)
    {
        if (!_seededVersions.TryAdd(seed.Version, true))
            return Task.CompletedTask;
        foreach (var entry in seed.Entries)
            _entries.TryAdd(entry.Id, (Interlocked.Increment(ref _order), entry));
        return Task.CompletedTask;
    }
}
