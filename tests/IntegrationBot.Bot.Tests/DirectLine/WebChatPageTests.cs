using System.Net;
using System.Text.Json;

namespace IntegrationBot.Bot.Tests.DirectLine;

public sealed class WebChatPageTests
{
    [Fact]
    public async Task The_page_token_endpoint_issues_a_token_that_starts_its_own_conversation_without_the_secret()
    {
        using var host = new DirectLineHost();

        using var response = await host.Client.Http.PostAsync("/api/directline/token", content: null, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        var token = json.RootElement.GetProperty("token").GetString()!;
        var started = await host.Client.StartAsync(bearer: token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(1800, json.RootElement.GetProperty("expires_in").GetInt32());
        Assert.DoesNotContain(DirectLineHost.Secret, body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, started.Status);
        Assert.Equal(json.RootElement.GetProperty("conversationId").GetString(), started.ConversationId);
    }

    [Fact]
    public async Task The_page_and_the_web_chat_bundle_are_served_by_the_bot_itself()
    {
        using var host = new DirectLineHost();
        var ct = TestContext.Current.CancellationToken;

        var page = await host.Client.Http.GetStringAsync("/", ct);
        using var bundle = await host.Client.Http.GetAsync("/lib/webchat.js", ct);

        Assert.Contains("<script src=\"lib/webchat.js\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000, "the full Web Chat bundle comes from npm via the build");
    }
}
