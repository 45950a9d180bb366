using IntegrationBot.TextAnalytics.Offline.Languages;

namespace IntegrationBot.TextAnalytics.Tests.Offline.Languages;

/// <summary>Chat messages are often a few words: the first three words of each labelled sentence must still mostly work.</summary>
public sealed class ShortTextAccuracyTests
{
    private static readonly OfflineLanguageIdentifier Identifier = new();

    [Theory]
    [InlineData(3, 0.93)]
    [InlineData(5, 0.96)]
    public void The_first_words_of_labelled_sentences_are_mostly_identified(int words, double minimumAccuracy)
    {
        var sentences = LabelledSentences.Load();

        var correct = sentences.Count(s => Identifier.Identify(string.Join(' ', s.Sentence.Split(' ').Take(words))).Code == s.Code);

        var accuracy = correct / (double)sentences.Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"first {words} words: {correct}/{sentences.Count} = {accuracy:P1}");
        Assert.True(accuracy >= minimumAccuracy, $"{accuracy:P1}");
    }

    [Fact]
    public void A_wrong_conversation_language_rarely_overrides_a_sentence()
    {
        // Users often write in another language than the one the conversation runs in.
        var sentences = LabelledSentences.Load();

        var correct = sentences.Count(s => Identifier.Identify(s.Sentence, "de-DE").Code == s.Code);

        var accuracy = correct / (double)sentences.Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"with hint de: {correct}/{sentences.Count} = {accuracy:P1}");
        Assert.True(accuracy >= 0.97, $"{accuracy:P1}");
    }
}
