using System.Net;
using System.Text.Json;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Messages;

/// <summary>/api/messages in anonymous mode (no app id): what each kind of request gets back.</summary>
public sealed class MessagesEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Message_with_expectReplies_gets_the_replies_in_the_response()
    {
        await using var app = new BotApplication();

        using var response = await app.CreateClient().PostAsync(BotRequests.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var reply = Assert.Single(await response.ReadRepliesAsync());
        Assert.Equal((ActivityTypes.Message, "a:conversation-1", "29:user-1", "1485983408511"), (reply.Type, reply.Conversation?.Id, reply.Recipient?.Id, reply.ReplyToId));
        Assert.True(!string.IsNullOrEmpty(reply.Text) || reply.Attachments is { Count: > 0 }, "The reply carries a text or a card.");
    }

    [Fact]
    public async Task Message_without_expectReplies_is_acknowledged_empty_and_answered_through_the_connector()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication();

        using var response = await app.CreateClient().PostAsync(BotRequests.Message(serviceUrl: connector.ServiceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        var sent = Assert.Single(connector.Requests);
        Assert.Equal("/v3/conversations/a%3Aconversation-1/activities/1485983408511", sent.RawTarget);
        Assert.Null(sent.Authorization); // no app id: Emulator-style local mode
        Assert.Equal("28:bot-1", sent.Activity.From?.Id);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.EndOfConversation)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.MessageUpdate)]
    [InlineData("someFutureActivityType")]
    public async Task Activity_types_the_bot_does_not_answer_are_acknowledged_with_200(string type)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication();
        var activity = BotRequests.Message(serviceUrl: connector.ServiceUrl, expectReplies: false);
        activity.Type = type;
        activity.Name = type == ActivityTypes.Event ? "webchat/join" : null;

        using var response = await app.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Invoke_without_an_answer_from_the_bot_gets_501()
    {
        await using var app = new BotApplication();
        var invoke = Invoke();

        using var response = await app.CreateClient().PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Invoke_answer_becomes_the_http_status_and_raw_body()
    {
        var body = JsonDocument.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Danke!"}""").RootElement;
        await using var app = new BotApplication(bot: new ScriptedBot((turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse(200, body);
            return Task.CompletedTask;
        }));

        using var response = await app.CreateClient().PostAsync(Invoke());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(body.GetRawText(), await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Invoke_error_status_chosen_by_the_bot_is_passed_through_without_a_problem_page()
    {
        await using var app = new BotApplication(bot: new ScriptedBot((turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse(400);
            return Task.CompletedTask;
        }));

        using var response = await app.CreateClient().PostAsync(Invoke());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Invoke_with_expectReplies_returns_the_replies_and_the_invoke_answer_as_an_activity()
    {
        await using var app = new BotApplication(bot: new ScriptedBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "ok" }, ct);
            turn.InvokeResponse = new InvokeResponse(200);
        }));
        var invoke = Invoke();
        invoke.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await app.CreateClient().PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.ReadRepliesAsync();
        Assert.Equal([ActivityTypes.Message, "invokeResponse"], replies.Select(r => r.Type));
        Assert.Equal(200, replies[1].Value?.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task CallerId_from_the_wire_is_never_trusted()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var app = new BotApplication(bot: bot);
        var activity = BotRequests.Message();
        activity.CallerId = "urn:botframework:azure";

        using var response = await app.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(bot.Turns).Activity.CallerId);
    }

    [Fact]
    public async Task Other_http_methods_get_405()
    {
        await using var app = new BotApplication();

        using var response = await app.CreateClient().GetAsync(new Uri("/api/messages", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static Activity Invoke()
    {
        var invoke = BotRequests.Message(expectReplies: false);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "task/fetch"; // any invoke the host passes through; adaptiveCard/action has its own handler (Teams/AdaptiveCardActionTests)
        invoke.Text = null;
        invoke.Value = JsonDocument.Parse("""{"action":{"type":"Action.Execute","verb":"register"}}""").RootElement;
        return invoke;
    }
}
