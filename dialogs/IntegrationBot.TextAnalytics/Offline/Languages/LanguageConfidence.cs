namespace IntegrationBot.TextAnalytics.Offline.Languages;

/// <summary>Turns per-language log-likelihoods into the winning language and a confidence between 0 and 1.</summary>
internal static class LanguageConfidence
{
    // Naive Bayes treats overlapping n-grams as independent and so is far too sure of itself; dividing the score
    // gaps by a share of the feature count tempers that (a 3-word text then gets 0.6–0.9, a sentence 0.95+).
    private const double FeaturesPerNat = 8.0;

    // Average log-probability per feature below which the best language still explains the text badly:
    // key mashing ("xkcd qwrtz"), a list of names or a language we have no model for.
    private const double NonsenseThreshold = -7.9;

    // A word or two cannot make anyone sure: the confidence is capped at 0.3 plus 0.07 per letter (1.0 from 10 letters).
    private const double BaseCeiling = 0.3;
    private const double CeilingPerLetter = 0.07;

    // The conversation's language multiplies its odds by e^5 (about 150): it decides a text that fits several languages
    // ("ok", "Hallo") and loses against a text that is clearly another language.
    private const double HintBonus = 5.0;

    public static DetectedLanguage From(IReadOnlyList<string> codes, Span<double> scores, int features, int letters, int hinted)
    {
        if (features == 0)
        {
            return new DetectedLanguage(DetectedLanguage.UndeterminedCode, 0);
        }

        var temperature = 1.0 + (features / FeaturesPerNat);
        if (hinted >= 0)
        {
            scores[hinted] += HintBonus * temperature;
        }

        var best = 0;
        for (var l = 1; l < scores.Length; l++)
        {
            if (scores[l] > scores[best])
            {
                best = l;
            }
        }

        if (scores[best] / features < NonsenseThreshold)
        {
            return new DetectedLanguage(DetectedLanguage.UndeterminedCode, 0);
        }

        var sum = 0.0;
        foreach (var score in scores)
        {
            sum += Math.Exp((score - scores[best]) / temperature);
        }

        var ceiling = Math.Min(1.0, BaseCeiling + (CeilingPerLetter * letters));
        return new DetectedLanguage(codes[best], Math.Round(Math.Min(ceiling, 1.0 / sum), 2));
    }
}
