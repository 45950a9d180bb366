using IntegrationBot.TextAnalytics.Offline.KeyPhrases;
using IntegrationBot.TextAnalytics.Offline.Languages;
using IntegrationBot.TextAnalytics.Offline.Pii;

namespace IntegrationBot.TextAnalytics.Offline;

/// <summary>
/// <see cref="ITextAnalyzer"/> without any service: language identification, key phrases and PII redaction computed
/// in-process from the embedded data. Never throws <see cref="TextServiceUnavailableException"/>. Construction trains
/// the language models (milliseconds), so register it as a singleton; analysis is thread-safe.
/// </summary>
public sealed class OfflineTextAnalyzer : ITextAnalyzer
{
    private readonly OfflineLanguageIdentifier languages;
    private readonly KeyPhraseExtractor keyPhrases;

    public OfflineTextAnalyzer()
        : this(new OfflineLanguageIdentifier(), new KeyPhraseExtractor())
    {
    }

    public OfflineTextAnalyzer(OfflineLanguageIdentifier languages, KeyPhraseExtractor keyPhrases)
    {
        this.languages = languages;
        this.keyPhrases = keyPhrases;
    }

    public Task<IReadOnlyList<DocumentAnalysis>> AnalyzeAsync(IReadOnlyList<TextDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new DocumentAnalysis[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[i] = new DocumentAnalysis(documents[i].Id, Analyze(documents[i]));
        }

        return Task.FromResult<IReadOnlyList<DocumentAnalysis>>(results);
    }

    /// <summary>One document, synchronously (everything here is CPU work on a short text).</summary>
    public TextAnalysis Analyze(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text ?? string.Empty;
        var redaction = PiiRedactor.Redact(text);

        // Names and e-mail addresses say nothing about the language and must not become key phrases: both steps
        // read the redacted text.
        var language = languages.Identify(redaction.RedactedText, document.LanguageHint);
        var phraseLanguage = language.Code != DetectedLanguage.UndeterminedCode ? language.Code : HintLanguage(document.LanguageHint);
        var phrases = keyPhrases.Extract(redaction.RedactedText, phraseLanguage);
        return new TextAnalysis(language, phrases, redaction.RedactedText, redaction.Entities);
    }

    private static string HintLanguage(string? hint) =>
        string.IsNullOrEmpty(hint) ? DetectedLanguage.UndeterminedCode : hint.Split('-', '_')[0].ToLowerInvariant();
}
