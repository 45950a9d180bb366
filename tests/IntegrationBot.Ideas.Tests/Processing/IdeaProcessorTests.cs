using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Testing;

namespace IntegrationBot.Ideas.Tests.Processing;

public sealed class IdeaProcessorTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly ManualTimeProvider _time = new(Start);
    private readonly FakeAnalyzer _analyzer = new();
    private readonly FakeTranslator _translator = new();
    private readonly MemoryIdeaStore _store;
    private readonly IdeaProcessingOptions _options = new() { BatchSize = 3 };

    public IdeaProcessorTests() => _store = new MemoryIdeaStore(_time, new BookingCodes());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_german_idea_is_analysed_and_not_translated()
    {
        var idea = await AddAsync("Mehr Sprachkurse am Abend");

        var report = await Processor().RunAsync(Ct);

        var done = await ReadAsync(idea);
        Assert.Equal((AnalysisState.Done, "de", TranslationState.NotNeeded, (string?)null, false), (done.Analysis, done.DetectedLanguage, done.Translation, done.GermanText, done.MachineTranslated));
        Assert.Equal("*Mehr Sprachkurse am Abend", done.RedactedText);
        Assert.Equal(["Mehr"], done.KeyPhrases);
        Assert.Null(done.NextAttemptAt);
        Assert.Empty(_translator.Translated);
        Assert.Equal(new IdeaProcessingReport(1, 1, 0, false, false), report);
    }

    [Fact]
    public async Task An_idea_in_another_language_is_machine_translated_from_the_detected_language()
    {
        var idea = await AddAsync("en: More evening courses", language: "de");

        await Processor().RunAsync(Ct);

        var done = await ReadAsync(idea);
        Assert.Equal((TranslationState.Done, "DE: en: More evening courses", true, "en"), (done.Translation, done.GermanText, done.MachineTranslated, done.DetectedLanguage));
        Assert.Equal(["en"], _translator.FromLanguages);
    }

    [Fact]
    public async Task Without_a_configured_translator_the_idea_keeps_its_original_only()
    {
        var idea = await AddAsync("ar: فكرة");
        var german = await AddAsync("Eine Idee");

        await Processor(translator: new FakeTranslator(configured: false)).RunAsync(Ct);

        var done = await ReadAsync(idea);
        Assert.Equal((AnalysisState.Done, TranslationState.NotConfigured, (DateTimeOffset?)null), (done.Analysis, done.Translation, done.NextAttemptAt));
        Assert.Equal(TranslationState.NotNeeded, (await ReadAsync(german)).Translation);
    }

    [Fact]
    public async Task Texts_a_service_rejects_are_marked_failed_and_not_retried()
    {
        var rejectedByAnalyzer = await AddAsync("en: too odd to analyse");
        var rejectedByTranslator = await AddAsync("ar: too odd to translate");
        var fine = await AddAsync("uk: ідея", language: "uk");
        _analyzer.Rejected.Add("en: too odd to analyse");
        _translator.Rejected.Add("ar: too odd to translate");

        await Processor().RunAsync(Ct);

        var a = await ReadAsync(rejectedByAnalyzer);
        var t = await ReadAsync(rejectedByTranslator);
        Assert.Equal((AnalysisState.Failed, TranslationState.NotNeeded), (a.Analysis, a.Translation)); // falls back to the conversation's language, German
        Assert.Equal((AnalysisState.Done, TranslationState.Failed, (string?)null), (t.Analysis, t.Translation, t.GermanText));
        Assert.Equal(TranslationState.Done, (await ReadAsync(fine)).Translation);
        Assert.Empty(await _store.ClaimDueAsync(Start.AddDays(1), 10, TimeSpan.Zero, Ct));
    }

    [Fact]
    public async Task With_the_analyser_down_ideas_are_deferred_and_completed_on_a_later_run()
    {
        var german = await AddAsync("Ein Fest im Park");
        var arabic = await AddAsync("ar: مهرجان في الحديقة", language: "ar");
        _analyzer.Down = true;

        var first = await Processor().RunAsync(Ct);

        Assert.Equal(new IdeaProcessingReport(2, 0, 2, AnalyzerUnavailable: true, TranslatorUnavailable: false), first);
        var waiting = await ReadAsync(german);
        Assert.Equal((AnalysisState.Pending, TranslationState.Pending, 1, Start + _options.RetryBaseDelay), (waiting.Analysis, waiting.Translation, waiting.ProcessingAttempts, waiting.NextAttemptAt));
        var translatedAnyway = await ReadAsync(arabic); // the translator detects the language itself
        Assert.Equal((AnalysisState.Pending, TranslationState.Done), (translatedAnyway.Analysis, translatedAnyway.Translation));

        _analyzer.Down = false;
        Assert.Equal(0, (await Processor().RunAsync(Ct)).Claimed); // not due yet
        _time.Advance(_options.RetryBaseDelay);
        var second = await Processor().RunAsync(Ct);

        Assert.Equal((2, 2), (second.Claimed, second.Completed));
        Assert.Equal((AnalysisState.Done, TranslationState.NotNeeded), ((await ReadAsync(german)).Analysis, (await ReadAsync(german)).Translation));
        Assert.Equal(1, _translator.Translated["ar: مهرجان في الحديقة"]);
    }

    [Fact]
    public async Task With_the_translator_down_the_analysis_is_kept_and_the_translation_follows_later()
    {
        var idea = await AddAsync("tr: Akşam dil kursları");
        _translator.Down = true;

        var first = await Processor().RunAsync(Ct);

        var waiting = await ReadAsync(idea);
        Assert.True(first.TranslatorUnavailable);
        Assert.Equal((AnalysisState.Done, "tr", TranslationState.Pending, 1), (waiting.Analysis, waiting.DetectedLanguage, waiting.Translation, waiting.ProcessingAttempts));

        _translator.Down = false;
        _time.Advance(TimeSpan.FromMinutes(1));
        await Processor().RunAsync(Ct);

        var done = await ReadAsync(idea);
        Assert.Equal((TranslationState.Done, "DE: tr: Akşam dil kursları"), (done.Translation, done.GermanText));
        Assert.Equal(1, _analyzer.Calls); // analysed once: the second run only translated
        Assert.Equal(1, _translator.Translated["tr: Akşam dil kursları"]);
    }

    [Fact]
    public async Task The_back_off_doubles_per_attempt_up_to_the_cap()
    {
        var processor = Processor();

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(480), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15)],
            ((int[])[1, 2, 3, 5, 6, 40]).Select(processor.BackoffAfter));

        var idea = await AddAsync("en: keeps failing");
        _analyzer.Down = true;
        _translator.Down = true;
        var waits = new List<double>();
        for (var run = 0; run < 7; run++)
        {
            await processor.RunAsync(Ct);
            var next = (await ReadAsync(idea)).NextAttemptAt!.Value;
            waits.Add((next - _time.GetUtcNow()).TotalSeconds);
            _time.SetUtcNow(next);
        }
        Assert.Equal(7, (await ReadAsync(idea)).ProcessingAttempts);
        Assert.Equal([30, 60, 120, 240, 480, 900, 900], waits);
    }

    [Fact]
    public async Task A_run_works_through_several_batches()
    {
        for (var i = 0; i < 7; i++)
            await AddAsync($"en: idea {i}", activity: "b" + i);

        var report = await Processor().RunAsync(Ct);

        Assert.Equal((7, 7), (report.Claimed, report.Completed));
        Assert.Equal(7, _translator.Translated.Count);
    }

    [Fact]
    public async Task A_german_conversation_waits_for_the_analysis_before_deciding_on_translation()
    {
        var idea = await AddAsync("en: typed in a German conversation", language: "de");
        _analyzer.Down = true;

        await Processor().RunAsync(Ct);

        Assert.Equal(TranslationState.Pending, (await ReadAsync(idea)).Translation);
        Assert.Empty(_translator.Translated);
    }

    private IdeaProcessor Processor(FakeTranslator? translator = null) =>
        new(_store, _analyzer, translator ?? _translator, _time, _options);

    private async Task<Idea> AddAsync(string text, string language = "de", string? activity = null) =>
        await _store.AddAsync(new NewIdea
        {
            Key = new RequestKey("webchat", "c1", activity ?? text),
            Text = text,
            Language = language,
            Channel = "webchat",
            Field = "bildung-sprachen",
            ConsentAt = Start,
        }, Ct);

    private async Task<Idea> ReadAsync(Idea idea) => (await _store.GetAsync(idea.Id, Ct))!;
}
