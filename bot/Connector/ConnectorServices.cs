using IntegrationBot.Host.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Host.Connector;

/// <summary>Outbound Bot Connector REST client (replies and proactive messages).</summary>
public static class ConnectorServices
{
    public static IServiceCollection AddConnectorClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotCredentials();
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.SectionName)
            .PostConfigure(options =>
            {
                // App Service publishes its identity endpoint as environment variables, outside our section.
                options.AppServiceIdentityEndpoint ??= configuration["IDENTITY_ENDPOINT"];
                options.AppServiceIdentityHeader ??= configuration["IDENTITY_HEADER"];
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<TrustedServiceUrls>();
        services.AddSingleton<ConnectorResilience>();
        services.AddSingleton<BotTokenCache>();
        // Timeouts are the resilience pipeline's (per attempt); HttpClient's own 100 s would only cut retries short.
        services.AddHttpClient<BotTokenClient>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }
}
