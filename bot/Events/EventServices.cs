using IntegrationBot.Domain.Events;

namespace IntegrationBot.Host.Events;

/// <summary>Event settings, the coordinator key, and seeding of the catalogue at start-up (after the migrations).</summary>
public static class EventServices
{
    public static IServiceCollection AddBotEvents(this IServiceCollection services)
    {
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<EventSeedService>();
        return services;
    }
}
