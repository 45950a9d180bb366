using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Seed;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Events;

/// <summary>
/// Adds the seed events missing from the catalogue (by their stable ids). Registered after the storage migration, and
/// hosted services start in order, so the tables exist. Events already stored (perhaps edited) are left alone.
/// </summary>
internal sealed partial class EventSeedService(IEventCatalog catalog, IOptions<EventsOptions> options, ILogger<EventSeedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var added = await EventSeed.SeedAsync(catalog, options.Value.IncludeSamples, cancellationToken).ConfigureAwait(false);
        LogSeeded(logger, added, options.Value.IncludeSamples);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Event catalogue seeded: {Added} event(s) added (samples included: {Samples})")]
    private static partial void LogSeeded(ILogger logger, int added, bool samples);
}
