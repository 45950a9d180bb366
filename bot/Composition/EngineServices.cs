using IntegrationBot.Engine;

namespace IntegrationBot.Host.Composition;

/// <summary>The conversation engine's options and housekeeping (the engine itself comes with the flows).</summary>
public static class EngineServices
{
    public static IServiceCollection AddConversationEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EngineOptions>()
            .Bind(configuration.GetSection(EngineOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<Maintenance.StateCleanupService>();
        services.AddHostedService<Maintenance.RecognizerWarmUpService>();
        return services;
    }
}
