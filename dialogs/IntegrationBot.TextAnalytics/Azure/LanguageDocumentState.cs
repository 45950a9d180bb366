using System.Globalization;

namespace IntegrationBot.TextAnalytics.Azure;

/// <summary>What the three analyze-text calls found for one document so far; the first error wins.</summary>
internal sealed class LanguageDocumentState(TextDocument document)
{
    /// <summary>The service's limit per synchronous document, in text elements (graphemes).</summary>
    public const int MaxTextElements = 5120;

    public TextDocument Document { get; } = document;
    public DetectedLanguage? Language { get; set; }
    public IReadOnlyList<string>? KeyPhrases { get; set; }
    public string? RedactedText { get; set; }
    public IReadOnlyList<PiiEntity>? Entities { get; set; }
    public DocumentError? Error { get; private set; }

    public bool Failed => Error is not null;

    public void Fail(DocumentError error) => Error ??= error;

    /// <summary>
    /// Oversize documents are refused here rather than truncated: a truncated text would come back with its tail
    /// neither analysed nor redacted, and a partly redacted text must never look like a redacted one.
    /// </summary>
    public void RejectIfUnfit()
    {
        if (string.IsNullOrWhiteSpace(Document.Text))
            Fail(new DocumentError("InvalidDocument", "Document text is empty."));
        else if (new StringInfo(Document.Text).LengthInTextElements > MaxTextElements)
            Fail(new DocumentError("InvalidDocument", $"Document text exceeds {MaxTextElements} text elements."));
    }

    public DocumentAnalysis ToAnalysis()
    {
        if (Error is not null)
            return new DocumentAnalysis(Document.Id, null, Error);
        if (Language is null || KeyPhrases is null || RedactedText is null || Entities is null)
            return new DocumentAnalysis(Document.Id, null, new DocumentError("MissingResult", "The service returned no result for this document."));
        return new DocumentAnalysis(Document.Id, new TextAnalysis(Language, KeyPhrases, RedactedText, Entities));
    }
}
