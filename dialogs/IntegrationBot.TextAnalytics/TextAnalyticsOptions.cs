using System.ComponentModel.DataAnnotations;
using IntegrationBot.TextAnalytics.Resilience;

namespace IntegrationBot.TextAnalytics;

public enum TextAnalyticsProvider
{
    /// <summary>The built-in offline analyser: nothing leaves the server.</summary>
    Offline,

    /// <summary>Azure AI Language over REST (analyze-text, synchronous).</summary>
    Azure,
}

/// <summary>Section <c>TextAnalytics</c>: which analyser runs and, for Azure, how it is reached.</summary>
public sealed class TextAnalyticsOptions
{
    public const string SectionName = "TextAnalytics";

    /// <summary>The default is <see cref="TextAnalyticsProvider.Offline"/>.</summary>
    public TextAnalyticsProvider Provider { get; set; } = TextAnalyticsProvider.Offline;

    /// <summary>The resource endpoint, e.g. <c>https://my-language.cognitiveservices.azure.com</c>. Required for Azure.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The resource key, sent as <c>Ocp-Apim-Subscription-Key</c>. Required for Azure; keep it in secrets.</summary>
    public string? Key { get; set; }

    /// <summary>The default is <c>2023-04-01</c> (the stable version the adapter was written against).</summary>
    [Required]
    public string ApiVersion { get; set; } = "2023-04-01";

    /// <summary>The default is <c>latest</c>.</summary>
    [Required]
    public string ModelVersion { get; set; } = "latest";

    /// <summary>
    /// Asks Azure not to keep the texts in its service logs. The default is true: ideas may contain personal data.
    /// </summary>
    public bool LoggingOptOut { get; set; } = true;

    /// <summary>
    /// Country hint for language detection (ISO 3166-1 alpha-2, or <c>none</c>). The default is <c>DE</c>; Azure's own
    /// default would be US.
    /// </summary>
    [Required]
    public string CountryHint { get; set; } = "DE";

    /// <summary>
    /// The language used for key phrases and PII when detection was not sure and the document carries no hint.
    /// The default is <c>de</c>.
    /// </summary>
    [Required]
    public string DefaultLanguage { get; set; } = "de";

    public TextServiceResilienceOptions Resilience { get; set; } = new();
}
