namespace IntegrationBot.Ideas.Audit;

/// <summary>The audit log in process memory (the <c>Memory</c> storage provider and tests).</summary>
public sealed class MemoryAuditLog(TimeProvider time) : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<AuditRecord> _records = [];

    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            _records.Add(new AuditRecord(_records.Count + 1, time.GetUtcNow(), entry.Actor, entry.Action, entry.Target,
                new Dictionary<string, string>(entry.Details ?? new Dictionary<string, string>(), StringComparer.Ordinal)));
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditRecord>> ListAsync(int max, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<AuditRecord>>([.. Enumerable.Reverse(_records).Take(max)]);
    }
}
