using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Testing;
using IntegrationBot.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Engine.Tests.Harness;

/// <summary>
/// The engine with the test application's dialogs, an in-memory (or given) store and a fixed clock in Europe/Berlin:
/// everything a transcript test needs, behind one call.
/// </summary>
public sealed class EngineHarness : IConversationHost, IAsyncDisposable
{
    /// <summary>Sunday, 22 November 2026, 10:00 in Münster.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public EngineHarness(IStateStore? store = null, Action<EngineOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        Clock = new ManualTimeProvider(DefaultNow);
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton<TimeProvider>(Clock);
        var memory = new MemoryStateStore(Clock);
        collection.AddSingleton(store ?? memory);
        collection.AddSingleton<IDeliveryLog>(store as IDeliveryLog ?? memory);
        collection.AddConversationEngine<TestStrings>();
        collection.Configure<EngineOptions>(options =>
        {
            options.TypingDelay = TimeSpan.FromHours(1); // typing indicators are tested on their own
            configure?.Invoke(options);
        });
        collection.AddSingleton<Dialog, TestRootDialog>();
        collection.AddSingleton<Dialog, ProfileFlow>();
        collection.AddSingleton<Dialog, CounterDialog>();
        services?.Invoke(collection);
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ManualTimeProvider Clock { get; }

    public IServiceProvider Services => _services;

    public TurnPipeline Pipeline => _services.GetRequiredService<TurnPipeline>();

    public IBotTexts Texts => _services.GetRequiredService<IBotTexts>();

    public IStateStore Store => _services.GetRequiredService<IStateStore>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
