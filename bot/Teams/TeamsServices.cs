using IntegrationBot.Engine;
using IntegrationBot.Engine.Running;
using IntegrationBot.Engine.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Host.Teams;

/// <summary>Microsoft Teams: tenant allow-list, install greeting and conversation references, Universal Actions, mentions.</summary>
public static class TeamsServices
{
    /// <summary>Call after the engine is added: these middleware run after the engine's (logging, errors, dedupe, locale).</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.SectionName));
        services.AddBotTexts<TeamsStrings>();
        services.TryAddSingleton<ConversationReferenceStore>();
        services.AddSingleton<IPersonalData, ConversationReferencePersonalData>();

        // Order matters: refuse foreign tenants before anything is stored; invokes become message turns before the
        // mention is stripped (they carry no text).
        services.AddSingleton<ITurnMiddleware, TenantAllowListMiddleware>();
        services.AddSingleton<ITurnMiddleware, TeamsInstallMiddleware>();
        services.AddSingleton<ITurnMiddleware, AdaptiveCardActionMiddleware>();
        services.AddSingleton<ITurnMiddleware, TeamsMentionMiddleware>();
        return services;
    }
}
