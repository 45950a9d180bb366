using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Bot.Tests.Hosting;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Teams;

/// <summary>
/// A conversation as Teams has it: installed in a personal chat, then every answer is a click on an Adaptive Card
/// button (Action.Submit comes back as a message with <c>value</c>, Action.Execute as an <c>adaptiveCard/action</c> invoke).
/// </summary>
public sealed class TeamsCardTranscriptTests
{
    [Fact]
    public async Task Language_is_changed_through_the_menu_by_clicking_card_buttons_only()
    {
        await using var host = await TeamsHost.StartAsync();
        var chat = new TeamsChat(host);

        var welcome = await chat.InstallAsync();
        Assert.Contains(BotTexts.Get("Welcome", "de"), CardText(Assert.Single(welcome)), StringComparison.Ordinal);

        var ask = await chat.ClickAsync(Assert.Single(welcome), BotTexts.Get("Menu_Language", "de"));
        Assert.Contains(BotTexts.Get("Engine_AskLanguage", "de"), CardText(Assert.Single(ask)), StringComparison.Ordinal);

        var changed = await chat.ClickAsync(Assert.Single(ask), BotTexts.Get("Language_en", "de"));
        Assert.Equal(BotTexts.Get("Engine_LanguageChanged", "en"), changed[0].Text);
        Assert.Contains(BotTexts.Get("Menu_WhatNext", "en"), CardText(changed[^1]), StringComparison.Ordinal);

        var again = await chat.ExecuteAsync(changed[^1], BotTexts.Get("Menu_Language", "en"));
        Assert.Contains(BotTexts.Get("Engine_AskLanguage", "en"), CardText(Assert.Single(again)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_registration_is_done_on_cards_only()
    {
        await using var host = await TeamsHost.StartAsync();
        var chat = new TeamsChat(host);

        var menu = Assert.Single(await chat.InstallAsync());
        var months = Assert.Single(await chat.ClickAsync(menu, BotTexts.Get("Menu_Register", "de")));
        var events = Assert.Single(await chat.ClickAsync(months, BotTexts.Get("Registration_Month_All", "de")));
        Assert.Contains(BotTexts.Get("Registration_AskEvent", "de"), CardText(events), StringComparison.Ordinal);
        var persons = Assert.Single(await chat.ClickFirstAsync(events));
        Assert.Contains(BotTexts.Get("Registration_AskPersons", "de"), CardText(persons), StringComparison.Ordinal);
        var name = Assert.Single(await chat.SubmitAnswerAsync(persons, "2"));
        Assert.Contains(BotTexts.Get("Registration_AskName", "de"), CardText(name), StringComparison.Ordinal);
        var email = Assert.Single(await chat.SubmitAnswerAsync(name, "Anna Beispiel"));
        Assert.Contains(BotTexts.Get("Registration_AskEmail", "de"), CardText(email), StringComparison.Ordinal);
        var needs = Assert.Single(await chat.SubmitAnswerAsync(email, "anna@example.org"));
        var consent = Assert.Single(await chat.ClickAsync(needs, BotTexts.Get("Registration_Need_None", "de")));
        var summary = Assert.Single(await chat.ClickAsync(consent, BotTexts.Get("Engine_Yes", "de")));
        Assert.Contains("Anna Beispiel", CardText(summary), StringComparison.Ordinal);
        var done = await chat.ClickAsync(summary, BotTexts.Get("Engine_Yes", "de"));

        var confirmed = BotTexts.Get("Registration_Confirmed", "de");
        Assert.StartsWith(confirmed[..confirmed.IndexOf("{0}", StringComparison.Ordinal)].TrimEnd(), done[0].Text, StringComparison.Ordinal);
        Assert.Matches(@"[A-Z0-9]{6}", done[0].Text);
        Assert.Contains(BotTexts.Get("Menu_WhatNext", "de"), CardText(done[^1]), StringComparison.Ordinal);
    }

    private static string CardText(Activity reply) =>
        Assert.Single(reply.Attachments ?? []).Content!.Value.GetProperty("body")[0].GetProperty("text").GetString() ?? string.Empty;

    /// <summary>A personal Teams chat with one user, as the samples have it.</summary>
    private sealed class TeamsChat(TeamsHost host)
    {
        private int _ids;

        public Task<IReadOnlyList<Activity>> InstallAsync() =>
            host.RepliesToAsync(Stamp(TeamsPayloads.Load("teams-conversationupdate-bot-added-personal.json", BotRequests.TeamsServiceUrl)));

        /// <summary>Action.Submit: Teams posts a message whose value is the button's data.</summary>
        public Task<IReadOnlyList<Activity>> ClickAsync(Activity card, string title)
        {
            var message = TeamsPayloads.Load("teams-personal-message.json", BotRequests.TeamsServiceUrl);
            message.Remove("text");
            message.Remove("attachments");
            message["value"] = JsonNode.Parse(DataOf(card, title).GetRawText());
            return host.RepliesToAsync(Stamp(message));
        }

        /// <summary>Action.Submit on the first button of a card (the first event of a list).</summary>
        public Task<IReadOnlyList<Activity>> ClickFirstAsync(Activity card) =>
            ClickAsync(card, Assert.Single(card.Attachments ?? []).Content!.Value.GetProperty("actions")[0].GetProperty("title").GetString()!);

        /// <summary>Types into the card's input field and presses its submit button: Teams merges the input into the data.</summary>
        public Task<IReadOnlyList<Activity>> SubmitAnswerAsync(Activity card, string answer)
        {
            var body = Assert.Single(card.Attachments ?? []).Content!.Value.GetProperty("body");
            Assert.Contains(body.EnumerateArray(), element => element.GetProperty("type").GetString() == "Input.Text" && element.GetProperty("id").GetString() == "answer");
            var message = TeamsPayloads.Load("teams-personal-message.json", BotRequests.TeamsServiceUrl);
            message.Remove("text");
            message.Remove("attachments");
            var data = (JsonObject)JsonNode.Parse(DataOf(card, BotTexts.Get("Engine_Send", "de")).GetRawText())!;
            data["answer"] = answer;
            message["value"] = data;
            return host.RepliesToAsync(Stamp(message));
        }

        /// <summary>Action.Execute: the same data arrives in an adaptiveCard/action invoke.</summary>
        public Task<IReadOnlyList<Activity>> ExecuteAsync(Activity card, string title)
        {
            var invoke = TeamsPayloads.Load("teams-invoke-adaptivecard-action.json", BotRequests.TeamsServiceUrl);
            invoke["value"]!["action"]!["data"] = JsonNode.Parse(DataOf(card, title).GetRawText());
            invoke["value"]!["action"]!["title"] = title;
            return host.RepliesToAsync(Stamp(invoke));
        }

        // One user in one conversation throughout, with a fresh activity id per post (redeliveries are dropped).
        private JsonObject Stamp(JsonObject payload)
        {
            payload["id"] = $"teams-{Interlocked.Increment(ref _ids)}";
            payload["locale"] = "de-DE";
            payload.Remove("entities");
            payload["from"] = new JsonObject { ["id"] = "29:user-1", ["aadObjectId"] = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8" };
            payload["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = "a:chat-1", ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" };
            payload["recipient"] = new JsonObject { ["id"] = "28:bot-1", ["name"] = "IntegrationBot" };
            if (payload["membersAdded"] is JsonArray)
                payload["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot-1" }, new JsonObject { ["id"] = "29:user-1" });
            return payload;
        }

        private static JsonElement DataOf(Activity card, string title)
        {
            var actions = Assert.Single(card.Attachments ?? []).Content!.Value.GetProperty("actions").EnumerateArray();
            return actions.First(a => a.GetProperty("title").GetString() == title).GetProperty("data");
        }
    }
}
