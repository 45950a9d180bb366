using System.Diagnostics;
using IntegrationBot.TextAnalytics.Offline;
using IntegrationBot.TextAnalytics.Offline.Pii;

namespace IntegrationBot.TextAnalytics.Tests.Offline;

public sealed class OfflineTextAnalyzerTests
{
    private static readonly OfflineTextAnalyzer Analyzer = new();

    [Fact]
    public async Task Each_document_gets_language_key_phrases_and_redaction_in_input_order()
    {
        var results = await Analyzer.AnalyzeAsync(
            [
                new TextDocument("a", "Mehr Sprachkurse am Abend in Kinderhaus"),
                new TextDocument("b", "My name is John Miller, please add more benches to the playground."),
            ],
            TestContext.Current.CancellationToken);

        Assert.Equal(["a", "b"], results.Select(r => r.Id));
        Assert.All(results, r => Assert.Null(r.Error));
        var german = results[0].Result!;
        Assert.Equal("de", german.Language.Code);
        Assert.Contains("Sprachkurse", german.KeyPhrases);
        Assert.Empty(german.PiiEntities);
        var english = results[1].Result!;
        Assert.Equal("en", english.Language.Code);
        Assert.Equal(PiiCategories.Person, Assert.Single(english.PiiEntities).Category);
        Assert.StartsWith("My name is ***********,", english.RedactedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Personal_data_never_becomes_a_key_phrase()
    {
        var analysis = Analyzer.Analyze(new TextDocument("1", "Ich heiße Anna Schmidt, Hauptstraße 5. Idee: ein Nachbarschaftscafé für Senioren."));

        Assert.DoesNotContain(analysis.KeyPhrases, p => p.Contains("Anna", StringComparison.Ordinal) || p.Contains("Hauptstraße", StringComparison.Ordinal));
        Assert.Contains("Nachbarschaftscafé", analysis.KeyPhrases);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Empty_input_is_undetermined_and_unchanged(string text)
    {
        var analysis = Analyzer.Analyze(new TextDocument("1", text));

        Assert.Equal(DetectedLanguage.UndeterminedCode, analysis.Language.Code);
        Assert.Equal(0, analysis.Language.Confidence);
        Assert.Empty(analysis.KeyPhrases);
        Assert.Empty(analysis.PiiEntities);
        Assert.Equal(text, analysis.RedactedText);
    }

    [Fact]
    public void Key_phrases_of_an_undetermined_text_use_the_conversation_language()
    {
        var analysis = Analyzer.Analyze(new TextDocument("1", "Sprachkurs", "de-DE"));

        Assert.Equal(["Sprachkurs"], analysis.KeyPhrases);
    }

    [Fact]
    public void A_50000_character_text_is_analysed_quickly_and_keeps_its_length()
    {
        var paragraph = "Wir wünschen uns mehr Bänke im Park, schreiben Sie an ideen@example.de oder 0251 4927000. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, (50_000 / paragraph.Length) + 1));
        Analyzer.Analyze(new TextDocument("warm-up", paragraph));

        var stopwatch = Stopwatch.StartNew();
        var analysis = Analyzer.Analyze(new TextDocument("long", text));
        stopwatch.Stop();

        Assert.True(text.Length >= 50_000);
        // Typically well under 100 ms (see IntegrationBot.Benchmarks OfflineAnalyzerBenchmarks); the bound leaves room
        // for a loaded CI machine and still catches anything quadratic.
        Assert.True(stopwatch.ElapsedMilliseconds < 2000, $"{stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(text.Length, analysis.RedactedText.Length);
        Assert.Equal("de", analysis.Language.Code);
        Assert.InRange(analysis.KeyPhrases.Count, 1, 5);
        Assert.Equal(2 * (50_000 / paragraph.Length + 1), analysis.PiiEntities.Count);
    }

    [Fact]
    public void Pathological_input_does_not_throw_or_hang()
    {
        var texts = new[]
        {
            new string('0', 50_000),
            string.Concat(Enumerable.Repeat("+1 ", 17_000)),
            string.Concat(Enumerable.Repeat("a.", 25_000)) + "@",
            string.Concat(Enumerable.Repeat("Herr ", 10_000)),
            new string('ä', 50_000),
            string.Concat(Enumerable.Repeat("Abc-Straße ", 5_000)),
        };

        var stopwatch = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            Assert.Equal(text.Length, Analyzer.Analyze(new TextDocument("x", text)).RedactedText.Length);
        }

        // Quadratic scanning of any of these would take minutes; linear takes well under a second each.
        Assert.True(stopwatch.ElapsedMilliseconds < 10_000, $"{stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Analysis_is_safe_from_many_threads()
    {
        var sentences = Enumerable.Range(0, 200).Select(i => new TextDocument($"{i}", i % 2 == 0 ? "Mehr Radwege in Gievenbeck, bitte." : "Більше велосипедних доріжок, будь ласка."));

        var results = await Task.WhenAll(sentences.Select(d => Task.Run(() => Analyzer.Analyze(d), TestContext.Current.CancellationToken)));

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal("de", r.Language.Code));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.Equal("uk", r.Language.Code));
    }

    [Fact]
    public async Task A_cancelled_batch_stops()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(
            () => Analyzer.AnalyzeAsync([new TextDocument("1", "Hallo")], cancellation.Token));
    }
}
