namespace IntegrationBot.TextAnalytics.Offline.Languages;

/// <summary>Turns per-language log-likelihoods into the winning language and a confidence between 0 and 1.</summary>
internal static class LanguageConfidence
{
    // Naive Bayes treats overlapping n-grams as independent and so is far too sure of itself; dividing the score
    // gaps by a share of the feature count tempers that (a 3-word text then gets 0.6–0.9, a sentence 0.95+).
    private const double FeaturesPerNat = 8.0;

    // Average log-probability per feature below which the best language still explains the text badly:
    // key mashing ("xkcd qwrtz"), a list of names or a language we have no model for.
    private const double NonsenseThreshold = -7.2;

    public static DetectedLanguage From(IReadOnlyList<string> codes, ReadOnlySpan<double> scores, int features)
    {
        if (features == 0)
        {
            return new DetectedLanguage(DetectedLanguage.UndeterminedCode, 0);
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

        var temperature = 1.0 + (features / FeaturesPerNat);
        var sum = 0.0;
        foreach (var score in scores)
        {
            sum += Math.Exp((score - scores[best]) / temperature);
        }

        return new DetectedLanguage(codes[best], Math.Round(1.0 / sum, 2));
    }
}
