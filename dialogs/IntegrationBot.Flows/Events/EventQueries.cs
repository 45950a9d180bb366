using IntegrationBot.Domain.Events;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Flows.Events;

/// <summary>The catalogue as the flows ask it: dates open for registration, or everything in a span (archive included).</summary>
public sealed class EventQueries(IEventCatalog catalog, IOptions<EventsOptions> options, TimeProvider time)
{
    // How far ahead "upcoming" looks; the programme is planned for months, not years.
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(2 * 365);

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<IReadOnlyList<EventAvailability>> OpenAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var all = await catalog.ListAsync(now, now + Horizon, options.Value.IncludeSamples, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(e => e.Event.IsOpenAt(now))];
    }

    public Task<IReadOnlyList<EventAvailability>> InSpanAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        catalog.ListAsync(from, to, options.Value.IncludeSamples, cancellationToken);

    public Task<EventAvailability?> FindAsync(string id, CancellationToken cancellationToken) => catalog.FindAsync(id, cancellationToken);
}
