using IntegrationBot.TextAnalytics;

namespace IntegrationBot.Ideas.Tests.Processing;

/// <summary>An analyser that knows the language of a text by a prefix table, fails texts on request, and can be down.</summary>
internal sealed class FakeAnalyzer : ITextAnalyzer
{
    public bool Down { get; set; }

    public HashSet<string> Rejected { get; } = [];

    public int Calls { get; private set; }

    public Task<IReadOnlyList<DocumentAnalysis>> AnalyzeAsync(IReadOnlyList<TextDocument> documents, CancellationToken cancellationToken)
    {
        Calls++;
        if (Down)
            throw new TextServiceUnavailableException("analyser down (test)");
        return Task.FromResult<IReadOnlyList<DocumentAnalysis>>([.. documents.Select(d => Rejected.Contains(d.Text)
            ? new DocumentAnalysis(d.Id, null, new DocumentError("UnsupportedLanguageCode", "rejected (test)"))
            : new DocumentAnalysis(d.Id, new TextAnalysis(new DetectedLanguage(LanguageOf(d.Text), 0.9), [d.Text.Split(' ')[0]], "*" + d.Text, [])))]);
    }

    /// <summary>Test texts start with their language: "en: ...", "ar: ...", otherwise German.</summary>
    public static string LanguageOf(string text) => text.Length > 3 && text[2] == ':' ? text[..2] : "de";
}

/// <summary>A translator that prefixes "DE(from):", counts translations per text, rejects texts on request, and can be down.</summary>
internal sealed class FakeTranslator(bool configured = true) : ITranslator
{
    public bool Down { get; set; }

    public HashSet<string> Rejected { get; } = [];

    public Dictionary<string, int> Translated { get; } = [];

    public List<string?> FromLanguages { get; } = [];

    public bool IsConfigured => configured;

    public Task<IReadOnlyList<TranslationResult>> TranslateAsync(IReadOnlyList<string> texts, string to, string? from, CancellationToken cancellationToken)
    {
        if (!configured)
            throw new InvalidOperationException("not configured");
        if (Down)
            throw new TextServiceUnavailableException("translator down (test)");
        Assert.Equal("de", to);
        FromLanguages.Add(from);
        return Task.FromResult<IReadOnlyList<TranslationResult>>([.. texts.Select(t =>
        {
            if (Rejected.Contains(t))
                return new TranslationResult(null, null, new DocumentError("400050", "rejected (test)"));
            Translated[t] = Translated.GetValueOrDefault(t) + 1;
            var detected = from ?? FakeAnalyzer.LanguageOf(t);
            return new TranslationResult("DE: " + t, detected);
        })]);
    }
}
