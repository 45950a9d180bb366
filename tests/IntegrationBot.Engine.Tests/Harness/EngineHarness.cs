using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.State;
using IntegrationBot.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Engine.Tests.Harness;

/// <summary>The engine with the test application's dialogs (a menu, a profile flow, a counter).</summary>
public sealed class EngineHarness(IStateStore? store = null, Action<EngineOptions>? configure = null, Action<IServiceCollection>? services = null)
    : InProcessBot(Register, store, configure, services)
{
    private static void Register(IServiceCollection services, IntegrationBot.Testing.ManualTimeProvider clock)
    {
        services.AddConversationEngine<TestStrings>();
        services.AddSingleton<Dialog, TestRootDialog>();
        services.AddSingleton<Dialog, ProfileFlow>();
        services.AddSingleton<Dialog, CounterDialog>();
    }
}
