using IntegrationBot.TextAnalytics.Azure;
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
        var offline = new StubAnalyzer();
        using var services = Build([], _ => offline);

        Assert.Same(offline, services.GetRequiredService<ITextAnalyzer>());
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
        using var services = Build(new() { ["Translator:Provider"] = "Azure" }, _ => new StubAnalyzer());

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
        }, _ => new StubAnalyzer());

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ITranslator>());
        Assert.Contains("MaxRetryAttempts", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Func<IServiceProvider, ITextAnalyzer>? offline = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddTextAnalytics(configuration, offline).BuildServiceProvider();
    }

    private sealed class StubAnalyzer : ITextAnalyzer
    {
        public Task<IReadOnlyList<DocumentAnalysis>> AnalyzeAsync(IReadOnlyList<TextDocument> documents, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<DocumentAnalysis>>([]);
    }
}
