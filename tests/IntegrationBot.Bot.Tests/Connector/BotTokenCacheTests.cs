using System.Net;
using IntegrationBot.Host.Connector;

namespace IntegrationBot.Bot.Tests.Connector;

public sealed class BotTokenCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_token_serves_many_sends_even_when_they_start_together()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message($"m{i}"), Ct)));
        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("later"), Ct);

        Assert.Single(harness.Fake.TokenRequests);
        Assert.All(harness.Fake.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(21, harness.Fake.Requests.Count);
    }

    [Fact]
    public async Task Token_is_replaced_shortly_before_it_expires()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("first"), Ct);

        harness.Clock.Advance(TimeSpan.FromMinutes(54)); // 6 minutes left: still used
        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("second"), Ct);
        harness.Clock.Advance(TimeSpan.FromMinutes(2)); // 4 minutes left: inside the 5-minute margin
        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("third"), Ct);

        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], harness.Fake.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Token_refused_by_the_connector_is_dropped_so_the_next_send_gets_a_new_one()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Fake.Script(new ScriptedResponse(HttpStatusCode.Unauthorized));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct));
        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("again"), Ct);

        Assert.Equal(ConnectorErrorKind.Unauthorized, error.Kind);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], harness.Fake.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Token_endpoint_failure_surfaces_as_token_unavailable()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        harness.Fake.ScriptToken(new ScriptedResponse(HttpStatusCode.BadRequest, Body: """{"error":"invalid_client"}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct));

        Assert.Equal(ConnectorErrorKind.TokenUnavailable, error.Kind);
        Assert.Empty(harness.Fake.Requests);
    }

    [Fact]
    public async Task Token_endpoint_hiccup_inside_the_refresh_margin_keeps_the_current_token()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("first"), Ct);
        harness.Clock.Advance(TimeSpan.FromMinutes(57));
        harness.Fake.ScriptToken(new ScriptedResponse(HttpStatusCode.BadRequest));

        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("second"), Ct);

        Assert.Equal(["Bearer token-1", "Bearer token-1"], harness.Fake.Requests.Select(r => r.Authorization));
        Assert.Equal(2, harness.Fake.TokenRequests.Count);
    }
}
