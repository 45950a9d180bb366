using System.Globalization;
using System.Text;
using IntegrationBot.TextAnalytics.Offline.Languages;

namespace IntegrationBot.TextAnalytics.Tests.Offline.Languages;

/// <summary>
/// The acceptance test for the offline language identification: 42 hand-written sentences per language, written
/// before and apart from the training text. Prints the per-language table that docs/text-analytics.md quotes.
/// </summary>
public sealed class LanguageIdentificationAccuracyTests
{
    private static readonly OfflineLanguageIdentifier Identifier = new();

    [Fact]
    public void Labelled_sentences_are_identified_with_at_least_97_percent_overall_and_90_percent_per_language()
    {
        var sentences = LabelledSentences.Load();
        var results = sentences
            .Select(s => (s.Code, s.Sentence, Detected: Identifier.Identify(s.Sentence)))
            .ToList();
        var perLanguage = results
            .GroupBy(r => r.Code)
            .Select(g => (Code: g.Key, Total: g.Count(), Correct: g.Count(r => r.Detected.Code == r.Code)))
            .ToList();
        var overall = results.Count(r => r.Detected.Code == r.Code) / (double)results.Count;

        TestContext.Current.TestOutputHelper?.WriteLine(Table(perLanguage, overall, results.Count));
        foreach (var miss in results.Where(r => r.Detected.Code != r.Code))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{miss.Code} → {miss.Detected.Code} ({miss.Detected.Confidence}): {miss.Sentence}");
        }

        Assert.Equal(13, perLanguage.Count);
        Assert.All(perLanguage, l => Assert.True(l.Total >= 40, $"{l.Code}: only {l.Total} sentences"));
        Assert.All(perLanguage, l => Assert.True(l.Correct >= 0.9 * l.Total, $"{l.Code}: {l.Correct}/{l.Total}"));
        Assert.True(overall >= 0.97, $"overall {overall:P1}");
    }

    private static string Table(List<(string Code, int Total, int Correct)> perLanguage, double overall, int total)
    {
        var table = new StringBuilder("| Language | Sentences | Correct | Accuracy |\n|---|---:|---:|---:|\n");
        foreach (var (code, count, correct) in perLanguage)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {code} | {count} | {correct} | {correct / (double)count:P1} |\n");
        }

        return table.Append(CultureInfo.InvariantCulture, $"| all | {total} | {Math.Round(overall * total)} | {overall:P1} |").ToString();
    }
}
