using IntegrationBot.Host.Auth;
using IntegrationBot.Host.Connector;

namespace IntegrationBot.Host.Messages;

/// <summary>POST /api/messages: the Bot Framework endpoint for Azure Bot Service, Teams and the Emulator.</summary>
public static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    /// <summary>The endpoint's options and handler; needs <see cref="BotAuthenticationServices.AddBotAuthentication"/> and <see cref="ConnectorServices.AddConnectorClient"/>.</summary>
    public static IServiceCollection AddBotMessages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotEndpointOptions>()
            .BindConfiguration(BotEndpointOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<BotMessageHandler>();
        return services;
    }

    /// <summary>Only POST is mapped, so routing answers other methods with 405.</summary>
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, static (HttpContext http, BotMessageHandler handler) => handler.HandleAsync(http))
            .WithName("BotMessages")
            .DisableAntiforgery();
        return app;
    }
}
