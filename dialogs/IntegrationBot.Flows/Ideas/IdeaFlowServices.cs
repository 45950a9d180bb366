using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Running;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Flows.Ideas;

public static class IdeaFlowServices
{
    /// <summary>
    /// The idea flow's texts, prompts, dialog and personal data. The idea store defaults to memory and the processing
    /// trigger to a signal nobody listens to; a host with a database and the background job registers its own (the
    /// last registration wins).
    /// </summary>
    public static IServiceCollection AddIdeaFlow(this IServiceCollection services)
    {
        services.AddBotTexts<IdeaStrings>();
        services.TryAddSingleton<IIdeaStore>(sp => new MemoryIdeaStore(sp.GetRequiredService<TimeProvider>(), new BookingCodes()));
        services.TryAddSingleton<IIdeaProcessingTrigger, IdeaProcessingSignal>();
        services.AddSingleton<Dialog>(new TextOrChoicePrompt());
        services.AddSingleton<Dialog>(new ContactPrompt());
        services.AddSingleton<Dialog, IdeaDialog>();
        services.AddSingleton<IPersonalData, IdeaPersonalData>();
        return services;
    }
}
