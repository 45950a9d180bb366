using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Testing;
using IntegrationBot.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Flows.Tests.Harness;

/// <summary>
/// The bot's real flows on the engine, in process, with in-memory state, events, registrations and ideas and a fixed clock in
/// Europe/Berlin (Sunday 22 November 2026, 10:00). <paramref name="services"/> replaces or adds services.
/// </summary>
public sealed class FlowHarness(Action<IServiceCollection>? services = null)
    : InProcessBot(Register, null, null, services)
{
    /// <summary>The in-memory events and registrations (the contract tests prove the SQLite/PostgreSQL stores behave the same).</summary>
    public MemoryEventStore Events => Services.GetRequiredService<MemoryEventStore>();

    private static void Register(IServiceCollection services, ManualTimeProvider clock)
    {
        services.AddIntegrationBotFlows();
        // Booking codes in a fixed order (ABCDEF, GHJKLM, NPQRST, ...) so transcripts can expect them.
        var issued = 0;
        var events = new MemoryEventStore(clock, new BookingCodes(max => (Interlocked.Increment(ref issued) - 1) % max));
        services.AddSingleton(events);
        services.AddSingleton<IEventCatalog>(events);
        services.AddSingleton<IRegistrationStore>(events);
        services.AddSingleton<IIdeaStore>(new MemoryIdeaStore(clock, new BookingCodes()));
        services.AddSingleton<IIdeaProcessingTrigger, IdeaProcessingSignal>();
    }
}
