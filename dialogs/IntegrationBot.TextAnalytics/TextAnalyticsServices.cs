using IntegrationBot.TextAnalytics.Azure;
using IntegrationBot.TextAnalytics.Offline;
using IntegrationBot.TextAnalytics.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationBot.TextAnalytics;

/// <summary>
/// Registers <see cref="ITextAnalyzer"/> by <c>TextAnalytics:Provider</c> (Offline, the default; Azure) and
/// <see cref="ITranslator"/> by <c>Translator:Provider</c> (None, the default; Azure), both as singletons so each
/// service has one circuit breaker per process. Both sections are validated at start-up.
/// </summary>
public static class TextAnalyticsServices
{
    public static IServiceCollection AddTextAnalytics(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TextAnalyticsOptions>, TextServiceOptionsValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TranslatorOptions>, TextServiceOptionsValidation>());
        services.AddOptions<TextAnalyticsOptions>().Bind(configuration.GetSection(TextAnalyticsOptions.SectionName)).ValidateOnStart();
        services.AddOptions<TranslatorOptions>().Bind(configuration.GetSection(TranslatorOptions.SectionName)).ValidateOnStart();

        // The provider decides which services exist, so it is read now; validation still checks the whole section.
        var analytics = configuration.GetSection(TextAnalyticsOptions.SectionName).Get<TextAnalyticsOptions>()?.Provider ?? TextAnalyticsProvider.Offline;
        switch (analytics)
        {
            case TextAnalyticsProvider.Azure:
                services.AddSingleton(sp => new AzureLanguageAnalyzer(
                    TextServiceHttp.CreateClient(),
                    sp.GetRequiredService<IOptions<TextAnalyticsOptions>>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<AzureLanguageAnalyzer>>()));
                services.AddSingleton<ITextAnalyzer>(sp => sp.GetRequiredService<AzureLanguageAnalyzer>());
                break;
            case TextAnalyticsProvider.Offline:
                // Construction trains the language models once, so one instance serves the process.
                services.AddSingleton(_ => new OfflineTextAnalyzer());
                services.AddSingleton<ITextAnalyzer>(sp => sp.GetRequiredService<OfflineTextAnalyzer>());
                break;
            default:
                throw new InvalidOperationException($"Unknown TextAnalytics:Provider '{analytics}'.");
        }

        var translator = configuration.GetSection(TranslatorOptions.SectionName).Get<TranslatorOptions>()?.Provider ?? TranslatorProvider.None;
        switch (translator)
        {
            case TranslatorProvider.Azure:
                services.AddSingleton(sp => new AzureTranslator(
                    TextServiceHttp.CreateClient(),
                    sp.GetRequiredService<IOptions<TranslatorOptions>>(),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<AzureTranslator>>()));
                services.AddSingleton<ITranslator>(sp => sp.GetRequiredService<AzureTranslator>());
                break;
            case TranslatorProvider.None:
                services.AddSingleton<ITranslator, NoTranslator>();
                break;
            default:
                throw new InvalidOperationException($"Unknown Translator:Provider '{translator}'.");
        }
        return services;
    }
}
