namespace IntegrationBot.Host.DirectLine;

/// <summary>Embedded Direct Line 3.0 (REST + WebSocket) for Web Chat without Azure.</summary>
public static class DirectLineEndpoints
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration) => services; // filled by the Direct Line work

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app) => app;
}
