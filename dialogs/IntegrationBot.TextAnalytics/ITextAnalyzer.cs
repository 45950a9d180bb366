namespace IntegrationBot.TextAnalytics;

/// <summary>
/// Language identification, key phrases and PII redaction for short free texts (ideas). Two implementations, chosen by
/// configuration: the offline analyser and the Azure AI Language adapter.
/// </summary>
public interface ITextAnalyzer
{
    /// <summary>
    /// Analyses each document. A document the service rejects comes back with <see cref="DocumentAnalysis.Error"/> set;
    /// the others are unaffected. Throws <see cref="TextServiceUnavailableException"/> when the service cannot be
    /// reached after its retries (the caller keeps the text and tries again later).
    /// </summary>
    Task<IReadOnlyList<DocumentAnalysis>> AnalyzeAsync(IReadOnlyList<TextDocument> documents, CancellationToken cancellationToken);
}

/// <summary>A text to analyse; <see cref="LanguageHint"/> is the conversation's language, a hint only.</summary>
public sealed record TextDocument(string Id, string Text, string? LanguageHint = null);

/// <summary>The result for one document: either <see cref="Result"/> or <see cref="Error"/>.</summary>
public sealed record DocumentAnalysis(string Id, TextAnalysis? Result, DocumentError? Error = null);

/// <summary>What was found in one text. <see cref="RedactedText"/> has every PII character replaced by '*'.</summary>
public sealed record TextAnalysis(
    DetectedLanguage Language,
    IReadOnlyList<string> KeyPhrases,
    string RedactedText,
    IReadOnlyList<PiiEntity> PiiEntities);

/// <summary>ISO 639-1 code (or "ku" etc.; "und" when unknown) and a confidence between 0 and 1.</summary>
public sealed record DetectedLanguage(string Code, double Confidence)
{
    public const string UndeterminedCode = "und";
}

/// <summary>A span of personal data in the original text (UTF-16 offsets); its text is deliberately not kept.</summary>
public sealed record PiiEntity(string Category, int Offset, int Length);

/// <summary>A per-document failure reported by a service (for example an unsupported language or an oversize text).</summary>
public sealed record DocumentError(string Code, string Message);
