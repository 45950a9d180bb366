using IntegrationBot.Host.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Host.Proactive;

/// <summary>Proactive messages to stored conversation references; needs the Connector client and the embedded Direct Line.</summary>
public static class ProactiveServices
{
    public static IServiceCollection AddProactiveMessages(this IServiceCollection services)
    {
        services.TryAddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ConversationPacer>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton<IProactiveChannel, DirectLineProactiveChannel>();
        services.AddSingleton<IProactiveChannel, ConnectorProactiveChannel>();
        services.AddSingleton<ProactiveChannels>();
        return services;
    }
}
