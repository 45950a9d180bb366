namespace IntegrationBot.Host.Messages;

/// <summary>POST /api/messages: the Bot Framework endpoint for Azure Bot Service, Teams and the Emulator.</summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app) => app; // filled by the channels work
}
