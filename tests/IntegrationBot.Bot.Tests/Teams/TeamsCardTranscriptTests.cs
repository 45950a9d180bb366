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
        Assert.All([menu, months, events, persons, name, email, needs, consent, summary, done[^1]], AssertUniversalActions);
    }

    [Fact]
    public async Task A_full_registration_is_done_with_universal_actions_only()
    {
        await using var host = await TeamsHost.StartAsync();
        var chat = new TeamsChat(host);

        var menu = Assert.Single(await chat.InstallAsync());
        var months = Assert.Single(await chat.ExecuteAsync(menu, BotTexts.Get("Menu_Register", "de")));
        var events = Assert.Single(await chat.ExecuteAsync(months, BotTexts.Get("Registration_Month_All", "de")));
        var first = TeamsChat.Actions(events).First().GetProperty("title").GetString()!;
        var persons = Assert.Single(await chat.ExecuteAsync(events, first));
        var name = Assert.Single(await chat.ExecuteAnswerAsync(persons, "2"));
        var email = Assert.Single(await chat.ExecuteAnswerAsync(name, "Anna Beispiel"));
        var needs = Assert.Single(await chat.ExecuteAnswerAsync(email, "anna@example.org"));
        var consent = Assert.Single(await chat.ExecuteAsync(needs, BotTexts.Get("Registration_Need_None", "de")));
        var summary = Assert.Single(await chat.ExecuteAsync(consent, BotTexts.Get("Engine_Yes", "de")));
        Assert.Contains("Anna Beispiel", CardText(summary), StringComparison.Ordinal);
        var (receipt, done) = await chat.ExecuteForResponseAsync(summary, BotTexts.Get("Engine_Yes", "de"));

        Assert.Equal(TeamsPayloads.Text("Teams_ActionChosen", "de").Replace("{0}", BotTexts.Get("Engine_Yes", "de"), StringComparison.Ordinal),
            receipt.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Matches(@"[A-Z0-9]{6}", done[0].Text);
        Assert.Contains(BotTexts.Get("Menu_WhatNext", "de"), CardText(done[^1]), StringComparison.Ordinal);
        Assert.All([menu, months, events, persons, name, email, needs, consent, summary, done[^1]], AssertUniversalActions);
    }

    /// <summary>Every button is an Action.Execute whose fallback is an Action.Submit with the same title and data, on a 1.5 card.</summary>
    private static void AssertUniversalActions(Activity card)
    {
        var content = Assert.Single(card.Attachments ?? []).Content!.Value;
        Assert.Equal("1.5", content.GetProperty("version").GetString());
        Assert.All(content.GetProperty("actions").EnumerateArray(), action =>
        {
            Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
            Assert.False(string.IsNullOrEmpty(action.GetProperty("verb").GetString()));
            var fallback = action.GetProperty("fallback");
            Assert.Equal("Action.Submit", fallback.GetProperty("type").GetString());
            Assert.Equal(action.GetProperty("title").GetString(), fallback.GetProperty("title").GetString());
            Assert.Equal(action.GetProperty("data").GetRawText(), fallback.GetProperty("data").GetRawText());
        });
    }

    private static string CardText(Activity reply) =>
        Assert.Single(reply.Attachments ?? []).Content!.Value.GetProperty("body")[0].GetProperty("text").GetString() ?? string.Empty;
}
