using IntegrationBot.Engine;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Running;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Processing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Flows.Ideas;

public static class IdeaFlowServices
{
    /// <summary>
    /// The idea flow's texts, prompts, dialog and personal data. It needs an <see cref="IIdeaStore"/> and an
    /// <see cref="IIdeaProcessingTrigger"/>; the host registers them with the store of its provider and the background job.
    /// </summary>
    public static IServiceCollection AddIdeaFlow(this IServiceCollection services)
    {
        services.AddBotTexts<IdeaStrings>();
        services.AddSingleton<Dialog>(new TextOrChoicePrompt());
        services.AddSingleton<Dialog>(new ContactPrompt());
        services.AddSingleton<Dialog, IdeaDialog>();
        services.AddSingleton<IPersonalData, IdeaPersonalData>();
        return services;
    }
}
