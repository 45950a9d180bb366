using IntegrationBot.TextAnalytics.Offline;
using IntegrationBot.TextAnalytics.Offline.Languages;

namespace IntegrationBot.TextAnalytics.Tests.Offline.Languages;

/// <summary>The accuracy figures mean something only if the labelled set was never trained on.</summary>
public sealed class LabelledSetIndependenceTests
{
    [Fact]
    public void No_labelled_sentence_appears_in_the_training_text()
    {
        var training = string.Join('\n', OfflineLanguageIdentifier.AllLanguages.Select(TrainingText));

        var leaked = LabelledSentences.Load().Where(s => training.Contains(s.Sentence, StringComparison.Ordinal)).ToList();

        Assert.Empty(leaked);
    }

    [Fact]
    public void Every_labelled_sentence_has_5_to_30_words()
    {
        var outOfRange = LabelledSentences.Load()
            .Where(s => s.Sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is < 5 or > 30)
            .ToList();

        Assert.Empty(outOfRange);
    }

    private static string TrainingText(string code)
    {
        using var stream = typeof(OfflineTextAnalyzer).Assembly.GetManifestResourceStream($"Offline.Profiles.{code}.txt");
        using var reader = new StreamReader(stream!);
        return reader.ReadToEnd();
    }
}
