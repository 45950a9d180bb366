using IntegrationBot.Engine;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Testing.Conversations;

/// <summary>
/// The engine in process with a fixed clock (Sunday 22 November 2026, 10:00 in Münster), an in-memory or given store,
/// and whatever dialogs <paramref name="register"/> adds: the base of the engine's and the flows' test harnesses.
/// </summary>
public abstract class InProcessBot : IConversationHost, IAsyncDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    protected InProcessBot(Action<IServiceCollection, ManualTimeProvider> register, IStateStore? store, Action<EngineOptions>? configure, Action<IServiceCollection>? services)
    {
        Clock = new ManualTimeProvider(DefaultNow);
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.AddSingleton<TimeProvider>(Clock);
        var memory = new MemoryStateStore(Clock);
        collection.AddSingleton(store ?? memory);
        collection.AddSingleton<IDeliveryLog>(store as IDeliveryLog ?? memory);
        register(collection, Clock);
        collection.Configure<EngineOptions>(options =>
        {
            options.TypingDelay = TimeSpan.FromHours(1); // typing indicators are tested on their own
            configure?.Invoke(options);
        });
        services?.Invoke(collection);
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ManualTimeProvider Clock { get; }

    public IServiceProvider Services => _services;

    public TurnPipeline Pipeline => _services.GetRequiredService<TurnPipeline>();

    public IBotTexts Texts => _services.GetRequiredService<IBotTexts>();

    public IStateStore Store => _services.GetRequiredService<IStateStore>();

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return _services.DisposeAsync();
    }
}
