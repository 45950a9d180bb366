using IntegrationBot.Engine;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Flows;
using IntegrationBot.Flows.Menu;

namespace IntegrationBot.Host.Composition;

/// <summary>The conversation engine with its options, and the bot's flows, registered one by one.</summary>
public static class EngineServices
{
    public static IServiceCollection AddConversationEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConversationEngine<Strings>();
        services.AddOptions<EngineOptions>()
            .Bind(configuration.GetSection(EngineOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<Maintenance.StateCleanupService>();
        return services;
    }

    public static IServiceCollection AddIntegrationBotFlows(this IServiceCollection services)
    {
        services.AddSingleton<Dialog, MainMenuDialog>();
        return services;
    }
}
