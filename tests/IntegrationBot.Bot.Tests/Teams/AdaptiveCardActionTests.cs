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
