using IntegrationBot.TextAnalytics.Azure;
using IntegrationBot.TextAnalytics.Offline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntegrationBot.TextAnalytics.Tests;

public sealed class TextAnalyticsServicesTests
{
    [Fact]
    public void Azure_providers_get_the_Azure_adapters()
    {
        using var services = Build(new()
        {
            ["TextAnalytics:Provider"] = "Azure",
            ["TextAnalytics:Endpoint"] = "https://language.example",
            ["TextAnalytics:Key"] = "k",
            ["Translator:Provider"] = "Azure",
            ["Translator:Key"] = "k",
            ["Translator:Region"] = "westeurope",
        });

        Assert.IsType<AzureLanguageAnalyzer>(services.GetRequiredService<ITextAnalyzer>());
        Assert.IsType<AzureTranslator>(services.GetRequiredService<ITranslator>());
        Assert.Same(services.GetRequiredService<ITranslator>(), services.GetRequiredService<ITranslator>());
        Assert.Equal(new Uri("https://api.cognitive.microsofttranslator.com"), services.GetRequiredService<IOptions<TranslatorOptions>>().Value.Endpoint);
    }

    [Fact]
    public void By_default_the_offline_analyser_runs_and_nothing_is_translated()
    {
        using var services = Build([]);

        Assert.IsType<OfflineTextAnalyzer>(services.GetRequiredService<ITextAnalyzer>());
        Assert.IsType<NoTranslator>(services.GetRequiredService<ITranslator>());
    }

    [Fact]
    public void Azure_analysis_without_a_key_is_refused()
    {
        using var services = Build(new() { ["TextAnalytics:Provider"] = "Azure", ["TextAnalytics:Endpoint"] = "https://language.example" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ITextAnalyzer>());
        Assert.Contains("TextAnalytics:Key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_translation_without_a_key_is_refused()
    {
        using var services = Build(new() { ["Translator:Provider"] = "Azure" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ITranslator>());
        Assert.Contains("Translator:Key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resilience_settings_out_of_range_are_refused()
    {
        using var services = Build(new()
        {
            ["Translator:Provider"] = "Azure",
            ["Translator:Key"] = "k",
            ["Translator:Resilience:MaxRetryAttempts"] = "99",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ITranslator>());
        Assert.Contains("MaxRetryAttempts", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddTextAnalytics(configuration).BuildServiceProvider();
    }
}
