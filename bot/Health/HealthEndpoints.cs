namespace IntegrationBot.Host.Health;

/// <summary>/health/live (the process answers) and /health/ready (the store answers).</summary>
public static class HealthEndpoints
{
    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks();
        return services;
    }

    public static IEndpointRouteBuilder MapBotHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live");
        app.MapHealthChecks("/health/ready");
        return app;
    }
}
