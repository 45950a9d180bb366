using System.Net;
using IntegrationBot.Testing;
using IntegrationBot.Testing.TextServices;

namespace IntegrationBot.TextAnalytics.Tests.Azure;

public sealed class AzureLanguageResilienceTests : IAsyncLifetime
{
    private const string Detection = "LanguageDetection";
    private readonly ManualClock _clock = new(TestOptions.Start);
    private FakeLanguageService _service = null!;

    public async ValueTask InitializeAsync() => _service = await FakeLanguageService.StartNewAsync();

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_throttled_request_is_retried_after_the_Retry_After_seconds()
    {
        _service.Faults.EnqueueThrottle(TimeSpan.FromSeconds(7), forKind: Detection);
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        var analysis = analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken);
        await _clock.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(7));
        Assert.False(analysis.IsCompleted);
        Assert.Equal(1, _service.CountOf(Detection));
        _clock.Advance(TimeSpan.FromSeconds(7));

        Assert.NotNull(Assert.Single(await analysis).Result);
        Assert.Equal(2, _service.CountOf(Detection));
    }

    [Fact]
    public async Task Retry_After_as_an_HTTP_date_is_honoured()
    {
        _service.Faults.EnqueueThrottle(TestOptions.Start.AddSeconds(9), forKind: Detection);
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        var analysis = analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken);
        await _clock.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(9));
        _clock.Advance(TimeSpan.FromSeconds(9));

        Assert.NotNull(Assert.Single(await analysis).Result);
        Assert.Equal(2, _service.CountOf(Detection));
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_cap_waits_only_the_cap()
    {
        _service.Faults.EnqueueThrottle(TimeSpan.FromMinutes(10), forKind: Detection);
        using var analyzer = TestOptions.Analyzer(_service, _clock, TestOptions.Resilience(o => o.MaxRetryAfter = TimeSpan.FromSeconds(5)));

        var analysis = analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken);
        await _clock.WaitForTimerAsync(due => due == TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.NotNull(Assert.Single(await analysis).Result);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_until_it_answers()
    {
        _service.Faults.EnqueueStatus(HttpStatusCode.ServiceUnavailable, times: 2);
        _service.Faults.EnqueueStatus(HttpStatusCode.InternalServerError);
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        var result = Assert.Single(await analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken));

        Assert.NotNull(result.Result);
        Assert.Equal(4, _service.CountOf(Detection));
    }

    [Fact]
    public async Task When_retries_are_exhausted_the_service_is_unavailable()
    {
        _service.Faults.EnqueueStatus(HttpStatusCode.ServiceUnavailable, times: 4);
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        var error = await Assert.ThrowsAsync<TextServiceUnavailableException>(() => analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken));

        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Begegnung", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, _service.CountOf(Detection));
    }

    [Fact]
    public async Task A_hanging_attempt_times_out_and_is_retried()
    {
        _service.Faults.EnqueueHang();
        using var analyzer = TestOptions.Analyzer(_service, _clock);

        var analysis = analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken);
        await _service.WaitForRequestsAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.NotNull(Assert.Single(await analysis).Result);
        Assert.Equal(2, _service.CountOf(Detection));
    }

    [Fact]
    public async Task A_wrong_key_is_not_retried_and_makes_the_service_unavailable()
    {
        using var analyzer = TestOptions.Analyzer(_service, _clock, key: "wrong");

        var error = await Assert.ThrowsAsync<TextServiceUnavailableException>(() => analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _service.RequestCount);
    }

    [Fact]
    public async Task An_open_circuit_fails_fast_and_closes_again_after_the_break()
    {
        _service.Faults.EnqueueStatus(HttpStatusCode.ServiceUnavailable, times: 4);
        using var analyzer = TestOptions.Analyzer(_service, _clock, TestOptions.Resilience(o =>
        {
            o.MinimumThroughput = 4;
            o.BreakDuration = TimeSpan.FromSeconds(30);
        }));
        await Assert.ThrowsAsync<TextServiceUnavailableException>(() => analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken));

        var error = await Assert.ThrowsAsync<TextServiceUnavailableException>(() => analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken));
        Assert.Contains("circuit", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, _service.RequestCount);

        _clock.Advance(TimeSpan.FromSeconds(31));
        Assert.NotNull(Assert.Single(await analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken)).Result);
    }

    [Fact]
    public async Task A_stopped_service_is_unavailable_and_works_again_once_restarted()
    {
        using var analyzer = TestOptions.Analyzer(_service, _clock);
        Assert.NotNull(Assert.Single(await analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken)).Result);
        var port = _service.Endpoint.Port;

        await _service.StopAsync();
        var error = await Assert.ThrowsAsync<TextServiceUnavailableException>(() => analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken));
        Assert.IsType<HttpRequestException>(error.InnerException);

        await _service.StartAsync();
        Assert.Equal(port, _service.Endpoint.Port);
        Assert.NotNull(Assert.Single(await analyzer.AnalyzeAsync(OneDocument, TestContext.Current.CancellationToken)).Result);
    }

    private static TextDocument[] OneDocument => [new("1", "Die Stadt sollte mehr Begegnungsorte schaffen")];
}
