using IntegrationBot.Testing;
using IntegrationBot.Testing.TextServices;
using IntegrationBot.TextAnalytics.Azure;
using IntegrationBot.TextAnalytics.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationBot.TextAnalytics.Tests.Azure;

/// <summary>Adapters pointed at a fake service, on a manual clock: no delay or timeout passes unless a test advances it.</summary>
internal static class TestOptions
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Retries without back-off and a circuit that does not open unless a test asks for it.</summary>
    public static TextServiceResilienceOptions Resilience(Action<TextServiceResilienceOptions>? change = null)
    {
        var options = new TextServiceResilienceOptions
        {
            MaxRetryAttempts = 3,
            BaseDelay = TimeSpan.Zero,
            UseJitter = false,
            MaxRetryAfter = TimeSpan.FromMinutes(1),
            AttemptTimeout = TimeSpan.FromSeconds(30),
            TotalTimeout = TimeSpan.FromMinutes(30),
            MinimumThroughput = 1000,
        };
        change?.Invoke(options);
        return options;
    }

    public static AzureLanguageAnalyzer Analyzer(FakeLanguageService service, ManualClock clock, TextServiceResilienceOptions? resilience = null, string? key = null) =>
        new(TextServiceHttp.CreateClient(),
            Options.Create(new TextAnalyticsOptions
            {
                Provider = TextAnalyticsProvider.Azure,
                Endpoint = service.Endpoint,
                Key = key ?? service.Key,
                Resilience = resilience ?? Resilience(),
            }),
            clock,
            NullLogger<AzureLanguageAnalyzer>.Instance);

    public static AzureTranslator Translator(FakeTranslatorService service, ManualClock clock, string? region = null, TextServiceResilienceOptions? resilience = null) =>
        new(TextServiceHttp.CreateClient(),
            Options.Create(new TranslatorOptions
            {
                Provider = TranslatorProvider.Azure,
                Endpoint = service.Endpoint,
                Key = service.Key,
                Region = region,
                Resilience = resilience ?? Resilience(),
            }),
            clock,
            NullLogger<AzureTranslator>.Instance);
}
