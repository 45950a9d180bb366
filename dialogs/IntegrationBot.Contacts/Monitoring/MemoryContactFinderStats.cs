using System.Collections.Concurrent;

namespace IntegrationBot.Contacts.Monitoring;

/// <summary>The counters in memory (tests, hosts without a database).</summary>
public sealed class MemoryContactFinderStats : IContactFinderStats
{
    private readonly ConcurrentDictionary<ContactFinderOutcome, long> _counts = new();

    public Task RecordAsync(ContactFinderOutcome outcome, CancellationToken cancellationToken)
    {
        _counts.AddOrUpdate(outcome, 1, static (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ContactFinderCount>> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ContactFinderCount>>([.. _counts
            .Select(c => new ContactFinderCount(c.Key.Topic, c.Key.Language, c.Key.Channel, c.Key.Outcome, c.Value))
            .OrderBy(c => c.Topic, StringComparer.Ordinal).ThenBy(c => c.Language, StringComparer.Ordinal)
            .ThenBy(c => c.Channel, StringComparer.Ordinal).ThenBy(c => c.Outcome)]);
}
