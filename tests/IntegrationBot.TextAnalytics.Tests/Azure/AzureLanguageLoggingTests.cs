using System.Net;
using IntegrationBot.Testing;
using IntegrationBot.Testing.TextServices;
using IntegrationBot.TextAnalytics.Azure;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.TextAnalytics.Tests.Azure;

public sealed class AzureLanguageLoggingTests : IAsyncLifetime
{
    private const string Secret = "Mehmet Yılmaz, mehmet@example.org, wünscht sich ein Elterncafé";
    private readonly ManualClock _clock = new(TestOptions.Start);
    private readonly CapturingLogger<AzureLanguageAnalyzer> _logger = new();
    private FakeLanguageService _service = null!;

    public async ValueTask InitializeAsync() => _service = await FakeLanguageService.StartNewAsync();

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task A_wrong_key_is_logged_as_an_error_that_points_at_the_configuration()
    {
        using var analyzer = TestOptions.Analyzer(_service, _clock, key: "wrong", logger: _logger);

        await Assert.ThrowsAsync<TextServiceUnavailableException>(() => analyzer.AnalyzeAsync([new TextDocument("1", Secret)], TestContext.Current.CancellationToken));

        var (level, message) = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains("401", message, StringComparison.Ordinal);
        Assert.Contains("key", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retries_are_logged_with_status_and_attempt_but_never_with_the_text()
    {
        _service.Faults.EnqueueStatus(HttpStatusCode.ServiceUnavailable, times: 4);
        using var analyzer = TestOptions.Analyzer(_service, _clock, logger: _logger);

        var failure = await Assert.ThrowsAsync<TextServiceUnavailableException>(() => analyzer.AnalyzeAsync([new TextDocument("1", Secret)], TestContext.Current.CancellationToken));

        Assert.Equal(3, _logger.Entries.Count(e => e.Message.Contains("retry", StringComparison.Ordinal) && e.Message.Contains("503", StringComparison.Ordinal)));
        Assert.All(_logger.Entries, e => Assert.DoesNotContain("Mehmet", e.Message, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Mehmet", failure.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
