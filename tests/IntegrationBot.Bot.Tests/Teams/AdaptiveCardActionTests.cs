using System.Net;
using System.Text.Json;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Teams;

/// <summary>Universal Actions: the <c>adaptiveCard/action</c> invoke sample, answered in the HTTP response (protocol notes §1.4, §4.4).</summary>
public sealed class AdaptiveCardActionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invoke_is_answered_with_200_and_a_card_and_the_bot_replies_through_the_connector()
    {
        await using var host = await TeamsHost.StartAsync();
        var payload = TeamsPayloads.Load("teams-invoke-adaptivecard-action.json", host.Connector.ServiceUrl, expectReplies: false);

        using var response = await host.PostAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = body.RootElement;
        Assert.Equal(200, root.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", root.GetProperty("type").GetString());
        var card = root.GetProperty("value");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal(TeamsPayloads.Text("Teams_ActionChosen", "en").Replace("{0}", "Submit Feedback", StringComparison.Ordinal), card.GetProperty("body")[0].GetProperty("text").GetString());
        var sent = Assert.Single(host.Connector.Requests, r => r.Activity.Type == ActivityTypes.Message);
        Assert.Contains(Uri.EscapeDataString(payload["conversation"]!["id"]!.GetValue<string>()), sent.RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_data_reaches_the_bot_as_the_value_of_a_message_turn()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await TeamsHost.StartAsync(bot: bot);

        using var response = await host.PostAsync(TeamsPayloads.Load("teams-invoke-adaptivecard-action.json", BotRequests.TeamsServiceUrl, expectReplies: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(bot.Turns);
        Assert.Equal(ActivityTypes.Message, turn.Activity.Type);
        Assert.Equal("test invokes", turn.Activity.Value?.GetProperty("feedback").GetString());
    }

    [Fact]
    public async Task Page_verb_is_answered_with_the_next_page_in_place_and_sends_nothing_else()
    {
        var page = System.Text.Json.Nodes.JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"page 2"}]}""")!;
        var bot = new ScriptedBot(async (turn, ct) =>
        {
            if (turn.Activity.Value?.GetProperty("page").GetInt32() == 1)
                await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(page) }] }, ct);
        });
        await using var host = await TeamsHost.StartAsync(bot: bot);
        var payload = TeamsPayloads.Load("teams-invoke-adaptivecard-action.json", host.Connector.ServiceUrl, expectReplies: false);
        payload["value"]!["action"] = System.Text.Json.Nodes.JsonNode.Parse("""{"type":"Action.Execute","title":"More","verb":"page","data":{"page":1}}""");

        using var response = await host.PostAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(page.ToJsonString(), body.RootElement.GetProperty("value").GetRawText());
        Assert.DoesNotContain(host.Connector.Requests, r => r.Activity.Type == ActivityTypes.Message);
    }

    [Fact]
    public async Task Answer_verb_gets_a_receipt_without_the_buttons_title_and_the_typed_answer_reaches_the_bot()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await TeamsHost.StartAsync(bot: bot);
        var payload = TeamsPayloads.Load("teams-invoke-adaptivecard-action.json", BotRequests.TeamsServiceUrl, expectReplies: false);
        payload["value"]!["action"] = System.Text.Json.Nodes.JsonNode.Parse("""{"type":"Action.Execute","title":"Send","verb":"answer","data":{"answer":"Anna"}}""");

        using var response = await host.PostAsync(payload);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(TeamsPayloads.Text("Teams_ActionReceived", "en"), body.RootElement.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("Anna", Assert.Single(bot.Turns).Activity.Value?.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Invoke_without_an_action_gets_400_with_an_error_body()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await TeamsHost.StartAsync(bot: bot);
        var payload = TeamsPayloads.Load("teams-invoke-adaptivecard-action.json", BotRequests.TeamsServiceUrl, expectReplies: false);
        payload["value"]!.AsObject().Remove("action");

        using var response = await host.PostAsync(payload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Empty(bot.Turns);
    }

    [Fact]
    public async Task Other_invokes_still_get_501()
    {
        await using var host = await TeamsHost.StartAsync();
        var payload = TeamsPayloads.Load("teams-invoke-adaptivecard-action.json", BotRequests.TeamsServiceUrl, expectReplies: false);
        payload["name"] = "task/fetch";

        using var response = await host.PostAsync(payload);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }
}
