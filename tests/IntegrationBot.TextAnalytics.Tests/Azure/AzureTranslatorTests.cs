using System.Net;
using IntegrationBot.Testing;
using IntegrationBot.Testing.TextServices;

namespace IntegrationBot.TextAnalytics.Tests.Azure;

public sealed class AzureTranslatorTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(TestOptions.Start);
    private FakeTranslatorService _service = null!;

    public async ValueTask InitializeAsync() => _service = await FakeTranslatorService.StartNewAsync(region: "westeurope");

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Texts_come_back_translated_in_input_order_with_their_detected_language()
    {
        using var translator = TestOptions.Translator(_service, _clock, region: "westeurope");

        var results = await translator.TranslateAsync(["We need more evening classes", "Bir kahve için buluşalım", "Xyz"], "de", null, TestContext.Current.CancellationToken);

        Assert.True(translator.IsConfigured);
        Assert.Equal(
            [
                new TranslationResult("[de] We need more evening classes", "en"),
                new TranslationResult("[de] Bir kahve için buluşalım", "tr"),
                new TranslationResult("[de] Xyz", "en"),
            ],
            results);
        var request = Assert.Single(_service.Requests);
        Assert.Equal("westeurope", request.Headers["Ocp-Apim-Subscription-Region"]);
        Assert.Equal("?api-version=3.0&to=de", request.Query);
        Assert.True(Guid.TryParse(request.Headers["X-ClientTraceId"], out _));
    }

    [Fact]
    public async Task A_given_source_language_is_sent_and_reported()
    {
        using var translator = TestOptions.Translator(_service, _clock, region: "westeurope");

        var result = Assert.Single(await translator.TranslateAsync(["Hallo"], "en", "nl", TestContext.Current.CancellationToken));

        Assert.Equal(new TranslationResult("[en] Hallo", "nl"), result);
        Assert.Equal("?api-version=3.0&to=en&from=nl", Assert.Single(_service.Requests).Query);
    }

    [Fact]
    public async Task Many_texts_are_split_at_1000_elements_and_order_is_kept()
    {
        using var translator = TestOptions.Translator(_service, _clock, region: "westeurope");
        var texts = Enumerable.Range(0, 2500).Select(i => $"text {i}").ToList();

        var results = await translator.TranslateAsync(texts, "de", "en", TestContext.Current.CancellationToken);

        Assert.Equal(texts.Select(t => $"[de] {t}"), results.Select(r => r.Text));
        Assert.Equal([1000, 1000, 500], _service.Requests.Select(r => r.DocumentCount));
    }

    [Fact]
    public async Task Long_texts_are_split_at_50000_characters_and_a_longer_one_is_refused_alone()
    {
        using var translator = TestOptions.Translator(_service, _clock, region: "westeurope");
        string[] texts = [new('a', 20_000), new('b', 20_000), new('c', 50_001), new('d', 20_000)];

        var results = await translator.TranslateAsync(texts, "de", "en", TestContext.Current.CancellationToken);

        Assert.Equal([2, 1], _service.Requests.Select(r => r.DocumentCount));
        Assert.Equal("400050", results[2].Error?.Code);
        Assert.All([results[0], results[1], results[3]], r => Assert.StartsWith("[de] ", r.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_request_gives_each_of_its_texts_the_services_error_code()
    {
        _service.Faults.EnqueueStatus(HttpStatusCode.BadRequest);
        using var translator = TestOptions.Translator(_service, _clock, region: "westeurope");

        var results = await translator.TranslateAsync(["eins", "zwei"], "de", null, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal("400000", r.Error?.Code));
        Assert.All(results, r => Assert.Null(r.Text));
        Assert.Equal(1, _service.RequestCount);
    }

    [Fact]
    public async Task A_missing_region_is_refused_and_makes_the_translator_unavailable()
    {
        using var translator = TestOptions.Translator(_service, _clock, region: null);

        var error = await Assert.ThrowsAsync<TextServiceUnavailableException>(() => translator.TranslateAsync(["Hallo"], "de", null, TestContext.Current.CancellationToken));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _service.RequestCount);
    }

    [Fact]
    public async Task A_throttled_translation_is_retried_after_the_Retry_After_seconds()
    {
        _service.Faults.EnqueueThrottle(TimeSpan.FromSeconds(3));
        using var translator = TestOptions.Translator(_service, _clock, region: "westeurope");

        var translation = translator.TranslateAsync(["Hallo"], "de", null, TestContext.Current.CancellationToken);
        await _clock.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(3));
        Assert.Equal(1, _service.RequestCount);
        _clock.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal("[de] Hallo", Assert.Single(await translation).Text);
        Assert.Equal(2, _service.RequestCount);
    }

    [Fact]
    public async Task A_stopped_translator_is_unavailable_and_works_again_once_restarted()
    {
        using var translator = TestOptions.Translator(_service, _clock, region: "westeurope");
        await _service.StopAsync();

        await Assert.ThrowsAsync<TextServiceUnavailableException>(() => translator.TranslateAsync(["Hallo"], "de", null, TestContext.Current.CancellationToken));

        await _service.StartAsync();
        Assert.Equal("[de] Hallo", Assert.Single(await translator.TranslateAsync(["Hallo"], "de", null, TestContext.Current.CancellationToken)).Text);
    }
}
