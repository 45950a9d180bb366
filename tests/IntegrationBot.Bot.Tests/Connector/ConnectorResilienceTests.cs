using System.Net;
using IntegrationBot.Host.Connector;

namespace IntegrationBot.Bot.Tests.Connector;

public sealed class ConnectorResilienceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Throttled_send_is_retried_after_the_Retry_After_delay()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Fake.Script(new ScriptedResponse(HttpStatusCode.TooManyRequests, RetryAfterSeconds: 7, Body: """{"error":{"code":"Throttled","message":"slow down"}}"""));

        var response = await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);

        Assert.Equal("reply-1", response.Id);
        Assert.Equal(2, harness.Fake.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], harness.Clock.Delays);
    }

    [Fact]
    public async Task Retry_After_longer_than_the_maximum_delay_is_capped()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["Bot:Connector:MaxRetryDelay"] = "00:00:10" });
        harness.Fake.Script(new ScriptedResponse(HttpStatusCode.TooManyRequests, RetryAfterSeconds: 3600));

        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);

        Assert.Equal([TimeSpan.FromSeconds(10)], harness.Clock.Delays);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task Transient_failure_is_retried_with_backoff(HttpStatusCode status)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Fake.Script(new ScriptedResponse(status));

        var response = await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);

        Assert.Equal("reply-1", response.Id);
        Assert.Equal(2, harness.Fake.Requests.Count);
        var delay = Assert.Single(harness.Clock.Delays);
        Assert.InRange(delay, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1)); // 200 ms base, jittered
    }

    [Fact]
    public async Task Backoff_grows_between_attempts_and_the_caller_gets_a_typed_error_at_the_end()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Fake.Script(Enumerable.Repeat(new ScriptedResponse(HttpStatusCode.ServiceUnavailable), 4).ToArray());

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct));

        Assert.Equal(ConnectorErrorKind.Unavailable, error.Kind);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.StartsWith("op-", error.CorrelationId, StringComparison.Ordinal);
        Assert.Equal(4, harness.Fake.Requests.Count); // first attempt + 3 retries
        Assert.Equal(3, harness.Clock.Delays.Count);
        // Polly's exponential back-off is jittered (decorrelated), so single delays are not strictly increasing;
        // they are positive, capped, and not a constant interval.
        Assert.All(harness.Clock.Delays, d => Assert.InRange(d, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(30)));
        Assert.True(harness.Clock.Delays.Distinct().Count() > 1, "back-off varies between attempts");
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "BotNotInConversationRoster", ConnectorErrorKind.BotNotInConversation)]
    [InlineData(HttpStatusCode.Forbidden, "ConversationBlockedByUser", ConnectorErrorKind.BlockedByUser)]
    [InlineData(HttpStatusCode.Forbidden, "BotDisabledByAdmin", ConnectorErrorKind.Forbidden)]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound", ConnectorErrorKind.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig", ConnectorErrorKind.MessageTooLarge)]
    [InlineData(HttpStatusCode.BadRequest, "BadSyntax", ConnectorErrorKind.Rejected)]
    public async Task Permanent_failure_is_not_retried_and_surfaces_as_a_typed_error(HttpStatusCode status, string code, ConnectorErrorKind kind)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Fake.Script(new ScriptedResponse(status, Body: $$$"""{"error":{"code":"{{{code}}}","message":"no"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct));

        Assert.Equal((kind, status, code), (error.Kind, error.StatusCode, error.ErrorCode));
        Assert.Single(harness.Fake.Requests);
        Assert.Empty(harness.Clock.Delays);
    }

    [Fact]
    public async Task Writes_blocked_after_uninstall_counts_as_blocked_by_user()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Fake.Script(new ScriptedResponse(HttpStatusCode.Forbidden, Body: """{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"Thread is blocked"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct));

        Assert.Equal(ConnectorErrorKind.BlockedByUser, error.Kind);
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_failures_and_then_fails_fast_without_calling_the_host()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:Connector:MaxRetryAttempts"] = "0",
            ["Bot:Connector:BreakerMinimumThroughput"] = "2",
            ["Bot:Connector:BreakerFailureRatio"] = "0.5",
        });
        harness.Fake.Script(new ScriptedResponse(HttpStatusCode.InternalServerError), new ScriptedResponse(HttpStatusCode.InternalServerError));

        for (var i = 0; i < 2; i++)
            await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct));
        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct));

        Assert.Equal(ConnectorErrorKind.Unavailable, error.Kind);
        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(error.InnerException, exactMatch: false);
        Assert.Equal(2, harness.Fake.Requests.Count);
    }
}
