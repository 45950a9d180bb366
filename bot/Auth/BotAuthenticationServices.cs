namespace IntegrationBot.Host.Auth;

/// <summary>Inbound JWT validation for Bot Framework channels and the Emulator.</summary>
public static class BotAuthenticationServices
{
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration) => services; // filled by the channels work
}
