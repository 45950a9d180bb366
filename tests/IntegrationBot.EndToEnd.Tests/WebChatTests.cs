using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Host.DirectLine;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Review;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IntegrationBot.EndToEnd.Tests;

/// <summary>The real Web Chat page, in a real browser, against the real bot on Kestrel.</summary>
public sealed class WebChatTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>
{
    // Generous: the first page load parses a 4 MB bundle on a shared 2-core machine.
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToHaveCountOptions Settled = new() { Timeout = 30_000 };

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Web_Chat_shows_the_greeting_and_answers_a_menu_click(string transport)
    {
        await using var server = new BotServer();
        var page = await chromium.NewPageAsync();
        var sockets = new List<string>();
        var polls = 0;
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        page.Request += (_, request) => polls += request.Url.Contains("/activities?watermark=", StringComparison.Ordinal) && request.Method == "GET" ? 1 : 0;

        await page.GotoAsync(new Uri(server.BaseAddress, "?lang=de" + (transport == "polling" ? "&transport=polling" : "")).ToString());
        await Expect(Message(page, Text(server, "Welcome", "de"))).ToBeVisibleAsync(Visible);
        var languageTitle = Text(server, "Menu_Language", "de");
        await page.GetByRole(AriaRole.Button, new() { Name = languageTitle, Exact = true }).First.ClickAsync();

        await Expect(Message(page, Text(server, "Engine_AskLanguage", "de"))).ToBeVisibleAsync(Visible);
        // The echo of the click arrived: nothing is left "sending" and nothing failed.
        await Expect(page.GetByText("Wird gesendet")).ToHaveCountAsync(0, Settled);
        await Expect(page.GetByText("Fehler beim Senden")).ToHaveCountAsync(0);
        await SaveScreenshotAsync(page, "webchat-de-" + transport);
        if (transport == "polling")
        {
            Assert.Empty(sockets);
            Assert.True(polls > 0);
        }
        else
        {
            Assert.Contains(sockets, url => url.StartsWith("ws://127.0.0.1:", StringComparison.Ordinal) && url.Contains("/stream?", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Choosing_Arabic_turns_the_page_right_to_left_and_restarts_the_conversation()
    {
        await using var server = new BotServer();
        var page = await chromium.NewPageAsync();
        var starts = new List<string?>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/v3/directline/conversations", StringComparison.Ordinal))
                starts.Add(request.PostData);
        };
        await page.GotoAsync(new Uri(server.BaseAddress, "?lang=de").ToString());
        await Expect(Message(page, Text(server, "Welcome", "de"))).ToBeVisibleAsync(Visible);

        await page.GetByLabel("Sprache").SelectOptionAsync("ar");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.GetByLabel("اللغة")).ToHaveValueAsync("ar");
        await Expect(Message(page, Text(server, "Welcome", "ar"))).ToBeVisibleAsync(Visible);
        await Expect(page.Locator(".webchat__suggested-action--rtl").First).ToBeVisibleAsync(Visible);
        await SaveScreenshotAsync(page, "webchat-ar");
        Assert.Equal(2, starts.Count);
        Assert.Contains("\"locale\":\"ar-SA\"", starts[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_server_has_forgotten_the_conversation_the_page_offers_a_new_one()
    {
        await using var server = new BotServer();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "?lang=en&transport=polling").ToString());
        await Expect(Message(page, Text(server, "Welcome", "en"))).ToBeVisibleAsync(Visible);

        // As after a restart or once the conversation expired: the next poll answers 404 and directlinejs ends.
        var store = server.Services.GetRequiredService<IDirectLineConversationStore>();
        await store.RemoveIdleAsync(DateTimeOffset.MaxValue, TestContext.Current.CancellationToken);
        var restart = page.GetByRole(AriaRole.Button, new() { Name = "Start a new conversation" });
        await Expect(restart).ToBeVisibleAsync(Visible);
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { Has = restart })).ToContainTextAsync("The connection to this conversation has ended.");
        await SaveScreenshotAsync(page, "webchat-en-ended");
        await restart.ClickAsync();

        await Expect(restart).ToBeHiddenAsync();
        await Expect(Message(page, Text(server, "Welcome", "en"))).ToBeVisibleAsync(Visible);
    }

    [Fact]
    public async Task A_resident_registers_for_an_event_and_sees_the_booking_code()
    {
        await using var server = new BotServer();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "?lang=de").ToString());
        await Expect(Message(page, Text(server, "Welcome", "de"))).ToBeVisibleAsync(Visible);

        await ClickAsync(page, Text(server, "Menu_Register", "de"));
        await ClickAsync(page, Text(server, "Registration_Month_All", "de"));
        await Expect(Message(page, Text(server, "Registration_AskEvent", "de"))).ToBeVisibleAsync(Visible);
        await page.Locator("button.webchat__suggested-action").First.ClickAsync();
        await Expect(Message(page, Text(server, "Registration_AskPersons", "de"))).ToBeVisibleAsync(Visible);
        await TypeAsync(page, "zwei");
        await Expect(Message(page, Text(server, "Registration_AskName", "de"))).ToBeVisibleAsync(Visible);
        await TypeAsync(page, "Anna Beispiel");
        await Expect(Message(page, Text(server, "Registration_AskEmail", "de"))).ToBeVisibleAsync(Visible);
        await TypeAsync(page, "anna@example.org");
        await ClickAsync(page, Text(server, "Registration_Need_None", "de"));
        await ClickAsync(page, Text(server, "Engine_Yes", "de")); // consent
        await ClickAsync(page, Text(server, "Engine_Yes", "de")); // the summary is right

        var confirmed = Text(server, "Registration_Confirmed", "de", "\u0001", "\u0002").Split('\n').First(line => line.Contains('\u0001', StringComparison.Ordinal));
        var before = confirmed[..confirmed.IndexOf('\u0001', StringComparison.Ordinal)];
        await Expect(page.GetByRole(AriaRole.Paragraph).Filter(new() { HasTextRegex = new Regex(Regex.Escape(before.Trim()) + @"\s*[A-Z0-9]{6}") }).Last)
            .ToBeVisibleAsync(Visible);
        await SaveScreenshotAsync(page, "webchat-de-registration");
    }

    [Fact]
    public async Task A_resident_gives_an_idea_in_ukrainian_which_is_stored_and_analysed_in_the_background()
    {
        await using var server = new BotServer();
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "?lang=uk").ToString());
        await Expect(Message(page, Text(server, "Welcome", "uk"))).ToBeVisibleAsync(Visible);
        const string idea = "Більше вечірніх курсів німецької мови";

        await ClickAsync(page, Text(server, "Menu_Idea", "uk"));
        await Expect(Message(page, Text(server, "Idea_AskIdeaOrField", "uk"))).ToBeVisibleAsync(Visible);
        await TypeAsync(page, idea);
        await ClickAsync(page, Text(server, "Idea_Done", "uk"));
        await ClickAsync(page, Text(server, "Engine_Yes", "uk")); // the suggested field is right
        await ClickAsync(page, Text(server, "Engine_Skip", "uk")); // no neighbourhood
        await ClickAsync(page, Text(server, "Idea_Anonymous", "uk"));
        await ClickAsync(page, Text(server, "Engine_Yes", "uk")); // consent
        await ClickAsync(page, Text(server, "Engine_Yes", "uk")); // the summary is right

        var submitted = Text(server, "Idea_Submitted", "uk", "\u0001").Split('\n').First(line => line.Contains('\u0001', StringComparison.Ordinal));
        var before = submitted[..submitted.IndexOf('\u0001', StringComparison.Ordinal)];
        await Expect(page.GetByRole(AriaRole.Paragraph).Filter(new() { HasTextRegex = new Regex(Regex.Escape(before.Trim()) + @"\s*[A-Z0-9]{6}") }).Last)
            .ToBeVisibleAsync(Visible);
        var stored = await AnalysedIdeaAsync(server);
        Assert.Equal((idea, "uk", "bildung-sprachen", true), (stored.Text, stored.Language, stored.Field, stored.IsAnonymous));
        Assert.Equal((AnalysisState.Done, "uk"), (stored.Analysis, stored.DetectedLanguage));
        Assert.Equal(TranslationState.NotConfigured, stored.Translation); // no translator is set up by default
        await SaveScreenshotAsync(page, "webchat-uk-idea");
    }

    /// <summary>The one stored idea once the background job has analysed it (the flow wakes the job after storing).</summary>
    private static async Task<Idea> AnalysedIdeaAsync(BotServer server)
    {
        var store = server.Services.GetRequiredService<IIdeaReviewStore>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var page = await store.QueryAsync(new IdeaQuery(), TestContext.Current.CancellationToken);
            if (page.Items is [{ Analysis: not AnalysisState.Pending } idea] || DateTime.UtcNow > deadline)
                return Assert.Single(page.Items);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static async Task ClickAsync(IPage page, string title)
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).Last;
        await Expect(button).ToBeVisibleAsync(Visible);
        await button.ClickAsync();
    }

    private static async Task TypeAsync(IPage page, string text)
    {
        var box = page.Locator("input.webchat__send-box-text-box__input");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Keeps a picture of the page when INTEGRATIONBOT_SCREENSHOTS names a folder (for looking at the design).</summary>
    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("INTEGRATIONBOT_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
    }

    /// <summary>
    /// The transcript paragraph showing <paramref name="text"/> (Web Chat also keeps screen-reader copies). Web Chat
    /// renders Markdown with typographic quotes, so straight quotes and apostrophes match any character.
    /// </summary>
    private static ILocator Message(IPage page, string text)
    {
        var pattern = Regex.Escape(text).Replace("'", ".", StringComparison.Ordinal).Replace("\"", ".", StringComparison.Ordinal);
        return page.GetByRole(AriaRole.Paragraph).Filter(new() { HasTextRegex = new Regex(pattern) }).Last;
    }

    /// <summary>The bot's text for <paramref name="key"/>, from the same resources the bot uses.</summary>
    private static string Text(BotServer server, string key, string culture, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return server.Services.GetRequiredService<IntegrationBot.Engine.Localization.IBotTexts>()[key, arguments];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
