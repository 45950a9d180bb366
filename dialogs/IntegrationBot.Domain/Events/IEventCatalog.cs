namespace IntegrationBot.Domain.Events;

/// <summary>The event catalogue with live availability.</summary>
public interface IEventCatalog
{
    /// <summary>Inserts or replaces an event by id (seeding is idempotent through this).</summary>
    Task UpsertAsync(EventRecord record, CancellationToken cancellationToken);

    Task<EventAvailability?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Events starting in [<paramref name="from"/>, <paramref name="to"/>), ordered by start.</summary>
    Task<IReadOnlyList<EventAvailability>> ListAsync(DateTimeOffset from, DateTimeOffset to, bool includeSamples, CancellationToken cancellationToken);
}
