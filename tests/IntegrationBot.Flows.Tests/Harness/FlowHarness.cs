using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Testing;
using IntegrationBot.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Flows.Tests.Harness;

/// <summary>
/// The bot's real flows on the engine, in process, with an in-memory store and a fixed clock in Europe/Berlin
/// (Sunday 22 November 2026, 10:00). <paramref name="services"/> replaces or adds services (e.g. a domain store).
/// </summary>
public sealed class FlowHarness : IConversationHost, IAsyncDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private int _codeIndex;

    public FlowHarness(Action<IServiceCollection>? services = null)
    {
        Clock = new ManualTimeProvider(DefaultNow);
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton<TimeProvider>(Clock);
        var store = new MemoryStateStore(Clock);
        collection.AddSingleton<IStateStore>(store);
        collection.AddSingleton<IDeliveryLog>(store);
        collection.AddIntegrationBotFlows();
        // Events and registrations in memory (the contract tests prove the SQLite/PostgreSQL stores behave the same).
        // Booking codes in a fixed order (ABCDEF, GHJKLM, NPQRST, ...) so transcripts can expect them.
        Events = new MemoryEventStore(Clock, new BookingCodes(max => (Interlocked.Increment(ref _codeIndex) - 1) % max));
        collection.AddSingleton<IEventCatalog>(Events);
        collection.AddSingleton<IRegistrationStore>(Events);
        collection.Configure<EngineOptions>(options => options.TypingDelay = TimeSpan.FromHours(1));
        services?.Invoke(collection);
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ManualTimeProvider Clock { get; }

    public MemoryEventStore Events { get; }

    public IServiceProvider Services => _services;

    public TurnPipeline Pipeline => _services.GetRequiredService<TurnPipeline>();

    public IBotTexts Texts => _services.GetRequiredService<IBotTexts>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
