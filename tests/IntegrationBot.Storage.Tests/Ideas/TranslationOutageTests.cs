using System.Text.Json.Nodes;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Sqlite;
using IntegrationBot.Testing;
using IntegrationBot.Testing.TextServices;
using IntegrationBot.TextAnalytics;
using IntegrationBot.TextAnalytics.Azure;
using IntegrationBot.TextAnalytics.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Storage.Tests.Ideas;

/// <summary>
/// Issue 6 acceptance: killing the translation service mid-run loses no idea, and each idea is translated (exactly
/// once) when the service is back. The real Azure Translator adapter talks HTTP to the fake translator server; the
/// ideas live in a real SQLite file.
/// </summary>
public sealed class TranslationOutageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Languages = ["en", "tr", "ar"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "integrationbot-outage-" + Guid.NewGuid().ToString("N"));
    private readonly ManualTimeProvider _clock = new(Start);
    private readonly IdeaProcessingOptions _options = new() { BatchSize = 4 };
    private FakeTranslatorService _server = null!;
    private SqliteIdeaStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeTranslatorService.StartNewAsync();
        var options = new SqliteStorageOptions { Path = Path.Combine(_folder, "bot.db") };
        var retry = StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System);
        using (var state = new SqliteStateStore(options, retry, _clock))
            await state.MigrateAsync(Ct);
        _store = new SqliteIdeaStore(options, retry, _clock, new BookingCodes());
    }

    [Fact]
    public async Task Killing_the_translation_service_mid_run_loses_no_idea_and_each_is_translated_once_it_is_back()
    {
        // Twelve ideas in three languages: the job's three batches of four send one request each.
        var texts = Enumerable.Range(0, 12).Select(i => $"{Languages[i / 4]}: idea number {i}").ToList();
        foreach (var text in texts)
        {
            await _store.AddAsync(Idea(text), Ct);
            _clock.Advance(TimeSpan.FromSeconds(1));
        }
        using var azure = Translator();
        // The second request hangs; the test kills the server while it is in flight.
        var translator = new BeforeCall(azure, call: 2, () => _server.Faults.EnqueueHang());
        var processor = new IdeaProcessor(_store, new PrefixAnalyzer(), translator, _clock, _options);

        var run = processor.RunAsync(Ct);
        await _server.WaitForRequestsAsync(2).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await _server.StopAsync();
        var first = await run;

        Assert.True(first.TranslatorUnavailable);
        var afterOutage = (await _store.QueryAsync(new() { Limit = 100 }, Ct)).Items;
        Assert.Equal(texts.Order(), afterOutage.Select(i => i.Text).Order()); // every idea still stored, text intact
        Assert.All(afterOutage, i => Assert.Equal(AnalysisState.Done, i.Analysis));
        var waiting = afterOutage.Where(i => i.Translation == TranslationState.Pending).ToList();
        Assert.Equal(texts[4..].Order(), waiting.Select(i => i.Text).Order());
        Assert.All(waiting, i => Assert.Equal((1, _clock.GetUtcNow() + _options.RetryBaseDelay), (i.ProcessingAttempts, i.NextAttemptAt)));

        await _server.StartAsync();
        Assert.Equal(0, (await processor.RunAsync(Ct)).Claimed); // deferred, not due yet
        _clock.Advance(_options.RetryBaseDelay);
        var second = await processor.RunAsync(Ct);

        Assert.Equal((8, 8, 0), (second.Claimed, second.Completed, second.Deferred));
        var done = (await _store.QueryAsync(new() { Limit = 100 }, Ct)).Items;
        Assert.Equal(12, done.Count);
        Assert.All(done, i => Assert.Equal((TranslationState.Done, FakeTranslatorService.Translation(i.Text, "de"), true, (DateTimeOffset?)null),
            (i.Translation, i.GermanText, i.MachineTranslated, i.NextAttemptAt)));
        // Exactly once: apart from the request that was killed, every text was sent to the translator once.
        var sent = _server.Requests.Where((_, index) => index != 1).SelectMany(r => ((JsonArray)r.Body!).Select(e => (e!["text"] ?? e["Text"])!.GetValue<string>()));
        Assert.Equal(texts.Order(), sent.Order());
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private AzureTranslator Translator() =>
        new(TextServiceHttp.CreateClient(),
            Options.Create(new TranslatorOptions
            {
                Provider = TranslatorProvider.Azure,
                Endpoint = _server.Endpoint,
                Key = _server.Key,
                // Quick retries, a circuit that stays closed: the outage is seen by the job, not hidden by the adapter.
                Resilience = new TextServiceResilienceOptions { MaxRetryAttempts = 2, BaseDelay = TimeSpan.Zero, UseJitter = false, MinimumThroughput = 1000 },
            }),
            TimeProvider.System,
            NullLogger<AzureTranslator>.Instance);

    private NewIdea Idea(string text) => new()
    {
        Key = new RequestKey("webchat", "conv", text),
        Text = text,
        Language = "de",
        Channel = "webchat",
        Field = "bildung-sprachen",
        ConsentAt = _clock.GetUtcNow(),
    };

    /// <summary>Knows a test text's language from its prefix ("en: ...").</summary>
    private sealed class PrefixAnalyzer : ITextAnalyzer
    {
        public Task<IReadOnlyList<DocumentAnalysis>> AnalyzeAsync(IReadOnlyList<TextDocument> documents, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<DocumentAnalysis>>([.. documents.Select(d =>
                new DocumentAnalysis(d.Id, new TextAnalysis(new DetectedLanguage(d.Text[..2], 1), [], d.Text, [])))]);
    }

    /// <summary>Runs <paramref name="before"/> just before the given call reaches the real translator.</summary>
    private sealed class BeforeCall(ITranslator inner, int call, Action before) : ITranslator
    {
        private int _calls;

        public bool IsConfigured => inner.IsConfigured;

        public Task<IReadOnlyList<TranslationResult>> TranslateAsync(IReadOnlyList<string> texts, string to, string? from, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == call)
                before();
            return inner.TranslateAsync(texts, to, from, cancellationToken);
        }
    }
}
