namespace IntegrationBot.TextAnalytics;

/// <summary>
/// Machine translation (Azure AI Translator). Results come back in input order. Throws
/// <see cref="TextServiceUnavailableException"/> when the service cannot be reached after its retries.
/// </summary>
public interface ITranslator
{
    /// <summary>False when no translation service is configured: ideas then keep their original text only.</summary>
    bool IsConfigured { get; }

    Task<IReadOnlyList<TranslationResult>> TranslateAsync(
        IReadOnlyList<string> texts, string to, string? from, CancellationToken cancellationToken);
}

/// <summary>The translation of one text, or the error the service reported for it.</summary>
public sealed record TranslationResult(string? Text, string? DetectedLanguage, DocumentError? Error = null);
