namespace IntegrationBot.Host.Coordinator;

/// <summary>Coordinator access for every coordinator API (events, directory, monitoring): one key, one filter.</summary>
public static class CoordinatorServices
{
    public static IServiceCollection AddCoordinatorAccess(this IServiceCollection services)
    {
        services.AddOptions<CoordinatorOptions>().BindConfiguration(CoordinatorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>A route group under <c>/api/coordinator</c> that only a request with the coordinator key enters.</summary>
    public static RouteGroupBuilder MapCoordinatorGroup(this IEndpointRouteBuilder app, string path = "") =>
        app.MapGroup("/api/coordinator" + path).AddEndpointFilter<CoordinatorApiKeyFilter>();
}
