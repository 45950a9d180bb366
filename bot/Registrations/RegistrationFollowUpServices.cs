using IntegrationBot.Engine.Turns;

namespace IntegrationBot.Host.Registrations;

/// <summary>
/// Registration follow-ups outside a conversation: proactive waitlist notices, reminders, capacity alerts. Needs the
/// stores (AddBotStorage), proactive messages (AddProactiveMessages) and roles; call after AddTeams so the coordinator
/// middleware runs after Teams stored the conversation reference.
/// </summary>
public static class RegistrationFollowUpServices
{
    public static IServiceCollection AddRegistrationFollowUps(this IServiceCollection services)
    {
        services.AddSingleton<RegistrationMessages>();
        services.AddSingleton<CoordinatorReferences>();
        services.AddSingleton<ITurnMiddleware, CoordinatorReferenceMiddleware>();
        services.AddSingleton<CoordinatorAlerts>();
        services.AddSingleton<RegistrationFollowUpJob>();
        services.AddHostedService<RegistrationFollowUpService>();
        return services;
    }
}
