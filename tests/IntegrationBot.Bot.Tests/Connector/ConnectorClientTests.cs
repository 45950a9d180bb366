using IntegrationBot.Host.Connector;
using IntegrationBot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Connector;

public sealed class ConnectorClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reply_goes_to_the_activity_route_with_escaped_ids()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        var response = await harness.Client.ReplyToActivityAsync(
            harness.Fake.ServiceUrl, "19:abc@thread.tacv2;messageid=1759944781430", "conv|0000007", ConnectorHarness.Message("hi"), Ct);

        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1759944781430/activities/conv%7C0000007", request.RawTarget);
        Assert.Equal("reply-1", response.Id);
    }

    [Theory]
    [InlineData("/amer/")]
    [InlineData("/amer")]
    public async Task Send_to_conversation_keeps_the_service_url_path_with_or_without_trailing_slash(string path)
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var serviceUrl = harness.Fake.Server.Url(path);
        harness.Services.GetRequiredService<TrustedServiceUrls>().Trust(serviceUrl);

        await harness.Client.SendToConversationAsync(serviceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);

        Assert.Equal("/amer/v3/conversations/a%3A1/activities", Assert.Single(harness.Fake.Requests).RawTarget);
    }

    [Fact]
    public async Task Send_carries_the_bearer_token_and_the_activity_as_utf8_json()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("Grüße, مرحبا"), Ct);

        var request = Assert.Single(harness.Fake.Requests);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("Grüße, مرحبا", request.Activity.Text);
        Assert.Equal("29:user", request.Activity.Recipient?.Id);
    }

    [Fact]
    public async Task Multi_tenant_token_is_requested_from_the_botframework_tenant_with_client_credentials()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);

        var token = Assert.Single(harness.Fake.TokenRequests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", token.RawTarget);
        Assert.Equal("application/x-www-form-urlencoded", token.ContentType);
        var form = System.Text.Encoding.UTF8.GetString(token.Body);
        Assert.Equal(
            $"grant_type=client_credentials&client_id={ConnectorHarness.AppId}&client_secret=s3cret%26%3D%2B&scope=https%3A%2F%2Fapi.botframework.com%2F.default",
            form);
    }

    [Fact]
    public async Task Single_tenant_token_is_requested_from_the_bots_own_tenant()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f",
        });

        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);

        Assert.Equal("/b28fdbfd-2b78-4f93-b0f8-8881793f0f8f/oauth2/v2.0/token", Assert.Single(harness.Fake.TokenRequests).RawTarget);
    }

    [Fact]
    public async Task Managed_identity_token_comes_from_the_identity_endpoint()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f",
            ["MicrosoftAppPassword"] = null,
            ["Bot:Connector:ManagedIdentityEndpoint"] = "{fake}/metadata/identity/oauth2/token",
        });

        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);

        var token = Assert.Single(harness.Fake.TokenRequests);
        Assert.Equal(("GET", $"/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fapi.botframework.com&client_id={ConnectorHarness.AppId}", "true"),
            (token.Method, token.RawTarget, token.Headers["Metadata"]));
        Assert.Equal("Bearer token-1", Assert.Single(harness.Fake.Requests).Authorization);
    }

    [Fact]
    public async Task Without_app_id_no_token_is_requested_and_no_authorization_is_sent()
    {
        await using var harness = await ConnectorHarness.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppId"] = null, ["MicrosoftAppPassword"] = null }, trustServiceUrl: false);

        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);

        Assert.Null(Assert.Single(harness.Fake.Requests).Authorization);
        Assert.Empty(harness.Fake.TokenRequests);
    }

    [Fact]
    public async Task Token_is_not_sent_to_a_service_url_that_never_arrived_with_a_validated_token()
    {
        await using var harness = await ConnectorHarness.StartAsync(trustServiceUrl: false);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct));

        Assert.Equal(ConnectorErrorKind.UntrustedServiceUrl, error.Kind);
        Assert.Empty(harness.Fake.Requests);
        Assert.Empty(harness.Fake.TokenRequests);
    }

    [Fact]
    public async Task Update_puts_and_delete_deletes_the_activity()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var card = ConnectorHarness.Message("updated");
        card.Id = "1485983408511";

        await harness.Client.UpdateActivityAsync(harness.Fake.ServiceUrl, "a:1", card.Id, card, Ct);
        await harness.Client.DeleteActivityAsync(harness.Fake.ServiceUrl, "a:1", card.Id, Ct);

        Assert.Collection(harness.Fake.Requests,
            put => Assert.Equal(("PUT", "/v3/conversations/a%3A1/activities/1485983408511", "updated"), (put.Method, put.RawTarget, put.Activity.Text)),
            delete => Assert.Equal(("DELETE", "/v3/conversations/a%3A1/activities/1485983408511"), (delete.Method, delete.RawTarget)));
    }

    [Fact]
    public async Task Reply_sink_replies_to_the_activity_when_replyToId_is_set_and_else_sends_to_the_conversation()
    {
        await using var harness = await ConnectorHarness.StartAsync();
        var inbound = new Activity { Type = ActivityTypes.Message, Id = "in-1", ServiceUrl = harness.Fake.ServiceUrl, ChannelId = "msteams", Conversation = new ConversationAccount("a:1") };
        var sink = new ConnectorReplySink(harness.Client, inbound);
        var threaded = new Activity { Type = ActivityTypes.Message, Text = "threaded", ReplyToId = "in-1" };
        var plain = new Activity { Type = ActivityTypes.Message, Text = "plain" };
        var trace = new Activity { Type = ActivityTypes.Trace };

        await sink.SendAsync(threaded, Ct);
        await sink.SendAsync(plain, Ct);
        await sink.SendAsync(trace, Ct); // traces only go to the Emulator

        Assert.Equal(
            ["/v3/conversations/a%3A1/activities/in-1", "/v3/conversations/a%3A1/activities"],
            harness.Fake.Requests.Select(r => r.RawTarget));
    }
}
