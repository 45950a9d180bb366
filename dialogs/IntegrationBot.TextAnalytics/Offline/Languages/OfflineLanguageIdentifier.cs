namespace IntegrationBot.TextAnalytics.Offline.Languages;

/// <summary>
/// Identifies the language of a short text without any service: the script first (Cyrillic, Arabic, Latin or a
/// single-language script such as Greek), then a character n-gram and word model trained at start-up on the embedded,
/// hand-written text of each language of that script. Build once and share: construction trains the models
/// (a few milliseconds), identification is thread-safe.
/// </summary>
public sealed class OfflineLanguageIdentifier
{
    /// <summary>Latin-script languages; "ku" is Kurmanji Kurdish (Latin script).</summary>
    public static readonly IReadOnlyList<string> LatinLanguages = ["de", "en", "nl", "fr", "es", "it", "pl", "tr", "ku"];

    public static readonly IReadOnlyList<string> CyrillicLanguages = ["ru", "uk"];

    /// <summary>Arabic-script languages; Sorani Kurdish is reported as "ckb" (ISO 639-3), like Azure AI Language does.</summary>
    public static readonly IReadOnlyList<string> ArabicLanguages = ["ar", "fa", "ckb"];

    // Only the head of a long text is read: 2 000 letters decide as well as 50 000 and keep the cost flat.
    private const int MaxLetters = 2000;

    // Below this many letters ("ok", "?!", "hi") no language can be told.
    private const int MinLetters = 2;

    // Whole words weigh more than single n-grams: one "und" or "the" says a lot about a 4-word text.
    private const double WordWeight = 2.0;

    private readonly NgramModel latin;
    private readonly NgramModel cyrillic;
    private readonly NgramModel arabic;

    public OfflineLanguageIdentifier()
    {
        latin = Train(LatinLanguages);
        cyrillic = Train(CyrillicLanguages);
        arabic = Train(ArabicLanguages);
    }

    /// <summary>All language codes this identifier can return besides <see cref="DetectedLanguage.UndeterminedCode"/>.</summary>
    public static IReadOnlyList<string> AllLanguages { get; } = [.. LatinLanguages, .. CyrillicLanguages, .. ArabicLanguages];

    public DetectedLanguage Identify(string text, string? languageHint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, MaxLetters * 4));
        var (script, letters) = Scripts.Dominant(head);
        if (letters < MinLetters)
        {
            return Undetermined;
        }

        if (Scripts.SingleLanguageOf(script) is { } code)
        {
            return new DetectedLanguage(code, 0.9);
        }

        var model = script switch
        {
            Script.Latin => latin,
            Script.Cyrillic => cyrillic,
            Script.Arabic => arabic,
            _ => null,
        };
        return model is null ? Undetermined : Decide(model, head, letters, HintOf(languageHint));
    }

    private static DetectedLanguage Undetermined => new(DetectedLanguage.UndeterminedCode, 0);

    private static DetectedLanguage Decide(NgramModel model, ReadOnlySpan<char> text, int letters, string? hint)
    {
        Span<double> scores = stackalloc double[model.Codes.Count];
        var features = model.Score(text, MaxLetters, WordWeight, scores);
        var hinted = hint is null ? -1 : IndexOf(model.Codes, hint);
        return LanguageConfidence.From(model.Codes, scores, features, letters, hinted);
    }

    private static int IndexOf(IReadOnlyList<string> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] == code)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"de-DE" → "de"; the hint is a conversation locale, the models know two- or three-letter codes.</summary>
    private static string? HintOf(string? languageHint)
    {
        if (string.IsNullOrWhiteSpace(languageHint))
        {
            return null;
        }

        var dash = languageHint.IndexOfAny(['-', '_']);
        return (dash < 0 ? languageHint : languageHint[..dash]).ToLowerInvariant();
    }

    private static NgramModel Train(IReadOnlyList<string> codes) =>
        NgramModel.Train([.. codes.Select(c => new TrainingSample(c, OfflineResources.TrainingText(c), OfflineResources.Stopwords(c)))]);
}
