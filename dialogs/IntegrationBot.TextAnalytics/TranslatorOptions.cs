using System.ComponentModel.DataAnnotations;
using IntegrationBot.TextAnalytics.Resilience;

namespace IntegrationBot.TextAnalytics;

public enum TranslatorProvider
{
    /// <summary>No translation: ideas keep their original text only.</summary>
    None,

    /// <summary>Azure AI Translator v3 over REST.</summary>
    Azure,
}

/// <summary>Section <c>Translator</c>: whether ideas are translated and how the translator is reached.</summary>
public sealed class TranslatorOptions
{
    public const string SectionName = "Translator";

    /// <summary>The default is <see cref="TranslatorProvider.None"/>.</summary>
    public TranslatorProvider Provider { get; set; } = TranslatorProvider.None;

    /// <summary>The default is the global endpoint <c>https://api.cognitive.microsofttranslator.com</c>.</summary>
    [Required]
    public Uri Endpoint { get; set; } = new("https://api.cognitive.microsofttranslator.com");

    /// <summary>The resource key, sent as <c>Ocp-Apim-Subscription-Key</c>. Required for Azure; keep it in secrets.</summary>
    public string? Key { get; set; }

    /// <summary>
    /// The resource's region (e.g. <c>westeurope</c>), sent as <c>Ocp-Apim-Subscription-Region</c>. Required for regional
    /// and multi-service resources; leave empty for a global resource.
    /// </summary>
    public string? Region { get; set; }

    public TextServiceResilienceOptions Resilience { get; set; } = new();
}
