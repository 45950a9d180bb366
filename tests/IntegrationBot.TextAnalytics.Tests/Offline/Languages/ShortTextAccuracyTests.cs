using System.Globalization;
using System.Text;
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

    [Fact]
    public void Latin_sentences_typed_without_diacritics_are_still_mostly_identified()
    {
        // Phones without a Turkish, Polish or Kurdish keyboard: "Cocuklar icin" instead of "Çocuklar için".
        var latin = LabelledSentences.Load().Where(s => OfflineLanguageIdentifier.LatinLanguages.Contains(s.Code)).ToList();

        var correct = latin.Count(s => Identifier.Identify(WithoutDiacritics(s.Sentence)).Code == s.Code);

        var accuracy = correct / (double)latin.Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"without diacritics: {correct}/{latin.Count} = {accuracy:P1}");
        Assert.True(accuracy >= 0.9, $"{accuracy:P1}");
    }

    [Fact]
    public void Persian_typed_on_an_Arabic_keyboard_is_still_Persian()
    {
        // Arabic yeh and kaf (ي ك) instead of the Persian letters (ی ک).
        var persian = LabelledSentences.Load().Where(s => s.Code == "fa").ToList();

        var correct = persian.Count(s => Identifier.Identify(s.Sentence.Replace('ی', 'ي').Replace('ک', 'ك')).Code == "fa");

        TestContext.Current.TestOutputHelper?.WriteLine($"Persian with Arabic yeh/kaf: {correct}/{persian.Count}");
        Assert.True(correct >= 0.9 * persian.Count, $"{correct}/{persian.Count}");
    }

    private static string WithoutDiacritics(string text) =>
        new([.. text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => c switch { 'ı' => 'i', 'ł' => 'l', 'Ł' => 'L', 'ß' => 's', _ => c })]);
}
