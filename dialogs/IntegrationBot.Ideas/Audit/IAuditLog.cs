namespace IntegrationBot.Ideas.Audit;

/// <summary>
/// The record of who read or exported personal data and who changed what (coordinator access). Entries carry ids and
/// counts only, never the data itself.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends the entry, stamped with the current time.</summary>
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest entries first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<AuditRecord>> ListAsync(int max, CancellationToken cancellationToken);
}

/// <summary>
/// One audited action: <see cref="Actor"/> is who (a coordinator identity, or <c>api-key</c>), <see cref="Action"/> a
/// dotted verb such as <c>ideas.export</c>, <see cref="Target"/> the id acted on. <see cref="Details"/> holds ids,
/// counts and formats only.
/// </summary>
public sealed record AuditEntry(string Actor, string Action, string? Target = null, IReadOnlyDictionary<string, string>? Details = null);

/// <summary>An entry as stored.</summary>
public sealed record AuditRecord(long Id, DateTimeOffset At, string Actor, string Action, string? Target, IReadOnlyDictionary<string, string> Details);
