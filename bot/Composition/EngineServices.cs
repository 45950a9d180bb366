using IntegrationBot.Engine.Turns;
using IntegrationBot.Flows.Menu;

namespace IntegrationBot.Host.Composition;

/// <summary>Registers the turn pipeline with its middleware (in order) and the bot's flows.</summary>
public static class EngineServices
{
    public static IServiceCollection AddConversationEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<TurnPipeline>();
        return services;
    }

    public static IServiceCollection AddIntegrationBotFlows(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<IBot, MainMenuBot>();
        return services;
    }
}
