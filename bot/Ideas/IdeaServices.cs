using IntegrationBot.Ideas.Processing;
using IntegrationBot.TextAnalytics;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Ideas;

/// <summary>
/// The background completion of ideas (analysis, translation) and its wake-up signal. The stores come with
/// <c>AddBotStorage</c>, the text services with <c>AddTextAnalytics</c>.
/// </summary>
public static class IdeaServices
{
    public static IServiceCollection AddIdeaProcessing(this IServiceCollection services)
    {
        services.AddOptions<IdeaProcessingOptions>().BindConfiguration(IdeaProcessingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Added, not tried: the flow may have registered a stand-alone trigger; this one is the one the job listens to.
        services.AddSingleton<IdeaProcessingSignal>();
        services.AddSingleton<IIdeaProcessingTrigger>(sp => sp.GetRequiredService<IdeaProcessingSignal>());
        services.AddSingleton(sp => new IdeaProcessor(
            sp.GetRequiredService<IIdeaProcessingStore>(),
            sp.GetRequiredService<ITextAnalyzer>(),
            sp.GetRequiredService<ITranslator>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<IdeaProcessingOptions>>().Value));
        services.AddHostedService<IdeaProcessingService>();
        return services;
    }
}
