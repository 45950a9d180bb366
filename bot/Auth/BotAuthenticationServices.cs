using IntegrationBot.Host.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Auth;

/// <summary>Inbound JWT validation for Bot Framework channels and the Emulator.</summary>
public static class BotAuthenticationServices
{
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotCredentials();
        services.AddOptions<BotAuthenticationOptions>()
            .BindConfiguration(BotAuthenticationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddHttpClient(HttpClientDocumentRetriever.ClientName, (sp, client) =>
            client.Timeout = sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.MetadataRequestTimeout);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            var documents = new HttpClientDocumentRetriever(sp.GetRequiredService<IHttpClientFactory>(), options.RequireHttpsMetadata);
            return new BotMetadataSources(
                new OpenIdMetadataSource(options.ChannelOpenIdMetadataUrl, documents, options, time),
                new OpenIdMetadataSource(options.EmulatorOpenIdMetadataUrl, documents, options, time));
        });
        services.AddSingleton<BotTokenValidator>();
        services.TryAddSingleton<TrustedServiceUrls>();
        services.AddSingleton<BotRequestAuthenticator>();
        services.AddHostedService<AuthenticationModeReporter>();
        return services;
    }

    /// <summary>The root keys <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>; shared with the Connector client.</summary>
    internal static IServiceCollection AddBotCredentials(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(BotCredentialsMarker)))
            return services;
        services.AddSingleton<BotCredentialsMarker>();
        services.AddOptions<BotCredentialsOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    private sealed class BotCredentialsMarker;
}
