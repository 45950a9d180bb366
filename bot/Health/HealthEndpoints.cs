using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IntegrationBot.Host.Health;

/// <summary>/health/live (the process answers) and /health/ready (every check tagged "ready", e.g. the store, answers).</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks();
        return services;
    }

    public static IEndpointRouteBuilder MapBotHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
