namespace IntegrationBot.Host.Connector;

/// <summary>Outbound Bot Connector REST client (replies and proactive messages).</summary>
public static class ConnectorServices
{
    public static IServiceCollection AddConnectorClient(this IServiceCollection services, IConfiguration configuration) => services; // filled by the channels work
}
