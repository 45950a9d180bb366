using IntegrationBot.Testing;
using IntegrationBot.Testing.TextServices;

namespace IntegrationBot.TextAnalytics.Tests.Azure;

public sealed class AzureLanguageAnalyzerTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(TestOptions.Start);
    private FakeLanguageService _service = null!;

    public async ValueTask InitializeAsync() => _service = await FakeLanguageService.StartNewAsync();

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_document_gets_its_language_key_phrases_and_redacted_text()
    {
        using var analyzer = TestOptions.Analyzer(_service, _clock);
        const string text = "🙂 Wir brauchen mehr Sprachkurse für Familien, schreibt Anna an anna@example.org";

        var result = Assert.Single(await analyzer.AnalyzeAsync([new TextDocument("idea-1", text)], TestContext.Current.CancellationToken));

        Assert.Null(result.Error);
        var analysis = result.Result!;
        Assert.Equal("de", analysis.Language.Code);
        Assert.Contains("Sprachkurse", analysis.KeyPhrases);
        Assert.Equal("🙂 Wir brauchen mehr Sprachkurse für Familien, schreibt **** an ****************", analysis.RedactedText);
        Assert.Equal(
            [new PiiEntity("Person", text.IndexOf("Anna", StringComparison.Ordinal), 4), new PiiEntity("Email", text.IndexOf("anna@", StringComparison.Ordinal), 16)],
            analysis.PiiEntities);
    }

    [Fact]
    public async Task Key_phrases_and_PII_are_asked_in_the_detected_language_with_UTF16_offsets()
    {
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        await analyzer.AnalyzeAsync([new TextDocument("1", "We need more evening classes", "de-DE"), new TextDocument("2", "12345 ???", "tr-TR")], TestContext.Current.CancellationToken);

        var requests = _service.Requests;
        Assert.Equal(["LanguageDetection", "KeyPhraseExtraction", "PiiEntityRecognition"], requests.Select(r => r.Kind));
        Assert.All(requests, r => Assert.Equal("?api-version=2023-04-01", r.Query));
        Assert.Equal("DE", requests[0].Body!["analysisInput"]!["documents"]![0]!["countryHint"]!.GetValue<string>());
        var pii = requests[2].Body!;
        Assert.Equal("Utf16CodeUnit", pii["parameters"]!["stringIndexType"]!.GetValue<string>());
        Assert.Equal("en", pii["analysisInput"]!["documents"]![0]!["language"]!.GetValue<string>());
        Assert.Equal("tr", pii["analysisInput"]!["documents"]![1]!["language"]!.GetValue<string>()); // undetermined: the hint
    }

    [Fact]
    public async Task A_document_rejected_inside_a_200_gets_an_error_and_the_others_keep_their_results()
    {
        _service.RejectDocument("b", "PiiEntityRecognition", "UnsupportedLanguageCode", "Invalid language code.");
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        var results = await analyzer.AnalyzeAsync(Documents("a", "b", "c"), TestContext.Current.CancellationToken);

        Assert.Equal(["a", "b", "c"], results.Select(r => r.Id));
        Assert.Equal(new DocumentError("UnsupportedLanguageCode", "Invalid language code."), results[1].Error);
        Assert.Null(results[1].Result);
        Assert.All([results[0], results[2]], r => Assert.NotNull(r.Result));
    }

    [Fact]
    public async Task Large_batches_are_split_to_each_kinds_document_limit()
    {
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        var results = await analyzer.AnalyzeAsync(Documents([.. Enumerable.Range(1, 12).Select(i => $"d{i}")]), TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.NotNull(r.Result));
        Assert.Equal(1, _service.CountOf("LanguageDetection"));
        Assert.Equal(2, _service.CountOf("KeyPhraseExtraction"));
        Assert.Equal(3, _service.CountOf("PiiEntityRecognition"));
        Assert.Equal([5, 5, 2], _service.Requests.Where(r => r.Kind == "PiiEntityRecognition").Select(r => r.DocumentCount));
    }

    [Fact]
    public async Task Oversize_and_empty_documents_are_refused_without_being_sent()
    {
        using var analyzer = TestOptions.Analyzer(_service, _clock);
        var longText = string.Concat(Enumerable.Repeat("ä", 5121)); // 5,121 text elements

        var results = await analyzer.AnalyzeAsync(
            [new TextDocument("long", longText), new TextDocument("empty", "  "), new TextDocument("fine", "Wir wollen ein Nachbarschaftscafé")],
            TestContext.Current.CancellationToken);

        Assert.Equal("InvalidDocument", results[0].Error?.Code);
        Assert.Equal("InvalidDocument", results[1].Error?.Code);
        Assert.NotNull(results[2].Result);
        Assert.All(_service.Requests, r => Assert.Equal(["fine"], r.DocumentIds));
    }

    [Fact]
    public async Task A_batch_refused_with_400_gives_its_documents_the_error_without_a_retry()
    {
        _service.Faults.EnqueueStatus(System.Net.HttpStatusCode.BadRequest, forKind: "PiiEntityRecognition");
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        var results = await analyzer.AnalyzeAsync(Documents("1", "2", "3", "4", "5", "6", "7"), TestContext.Current.CancellationToken);

        Assert.All(results.Take(5), r => Assert.Equal("InvalidArgument", r.Error?.Code));
        Assert.All(results.Skip(5), r => Assert.NotNull(r.Result));
        Assert.Equal(2, _service.CountOf("PiiEntityRecognition"));
    }

    [Fact]
    public async Task Two_documents_with_the_same_id_are_a_caller_error()
    {
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        await Assert.ThrowsAsync<ArgumentException>(() => analyzer.AnalyzeAsync(Documents("x", "x"), TestContext.Current.CancellationToken));
        Assert.Equal(0, _service.RequestCount);
    }

    private static TextDocument[] Documents(params string[] ids) =>
        [.. ids.Select(id => new TextDocument(id, $"Die Stadt sollte mehr Begegnungsorte schaffen ({id})"))];
}
