using System.Text;
using System.Text.Json;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Engine.Tests.Harness;
using IntegrationBot.Schema;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Engine.Tests.Prompts;

/// <summary>
/// Teams rejects bot messages above its size limit (413 MessageSizeTooBig; 28 KB is the smallest published figure):
/// long lists of choices are paged across cards, long texts are split across messages, and nothing is lost.
/// </summary>
public sealed class TeamsCardLimitTests
{
    // Written out here rather than taken from TeamsMessageBudget, so a change of the budget cannot hide a regression.
    private const int TeamsLimit = 28 * 1024;

    private static readonly string[] Words = ["مرحبا", "بالجميع", "في", "ورشة", "اللغة", "الألمانية", "مونستر", "التسجيل", "الموعد", "القادم"];

    [Fact]
    public async Task Sixty_Arabic_choices_are_paged_over_cards_under_the_limit_and_every_choice_is_reachable()
    {
        var choices = Enumerable.Range(1, 60).Select(i => new Choice($"event-{i}", LongPromptRoot.Literal(Arabic(i, 40) + " " + i))).ToList();
        var question = new PromptOptions(LongPromptRoot.Literal(Arabic(0, 700))) { Choices = choices };
        await using var harness = new EngineHarness(services: LongPromptRoot.Replacing(PromptIds.Choice, question));
        var conversation = harness.Conversation("ar-SA", channelId: Channels.MsTeams);
        var more = harness.Text("ar", "Engine_More");

        var pages = new List<Activity> { Assert.Single(await conversation.JoinAsync()) };
        while (Buttons(pages[^1]).Any(b => b.Title == more))
            pages.Add(Assert.Single(await conversation.SubmitAsync(Data(pages[^1], more))));

        Assert.All(pages, AssertUnderTheLimit);
        Assert.True(pages.Count >= 6, $"60 choices need at least 6 pages, got {pages.Count}.");
        var offered = pages.SelectMany(p => Buttons(p).Where(b => b.Verb == "choice").Select(b => b.Value)).ToList();
        Assert.Equal(choices.Select(c => c.Value), offered); // each once, in order
        Assert.All(pages.SelectMany(p => Buttons(p)), b => Assert.DoesNotContain(harness.Text("ar", "Engine_RetryLimit"), b.Title, StringComparison.Ordinal));

        // Back from the last page to page 3, then choose its first entry.
        var page = pages[^1];
        for (var shown = pages.Count; shown > 3; shown--)
            page = Assert.Single(await conversation.SubmitAsync(Data(page, harness.Text("ar", "Engine_Back"))));
        var third = Buttons(page).First(b => b.Verb == "choice");
        Assert.Equal(Buttons(pages[2]).First(b => b.Verb == "choice").Value, third.Value);
        var answer = await conversation.SubmitAsync(Data(page, third.Title));

        Assert.Equal(LongPromptRoot.AnswerText(third.Value), answer[0].Text); // then the root asks again
    }

    [Fact]
    public async Task Paging_uses_no_retry_and_a_typed_choice_from_another_page_is_understood()
    {
        var choices = Enumerable.Range(1, 30).Select(i => new Choice($"c{i}", LongPromptRoot.Literal("Option " + i))).ToList();
        await using var harness = new EngineHarness(services: LongPromptRoot.Replacing(PromptIds.Choice, new PromptOptions(LongPromptRoot.Literal("Which?")) { Choices = choices }));
        var conversation = harness.Conversation("en-US", channelId: Channels.MsTeams);
        var card = Assert.Single(await conversation.JoinAsync());

        for (var i = 0; i < 5; i++) // more than the retry limit
            card = Assert.Single(await conversation.SubmitAsync(Data(card, harness.Text("en", i % 2 == 0 ? "Engine_More" : "Engine_Back"))));
        Assert.Equal(["Option 11", "Option 12"], Buttons(card).Where(b => b.Verb == "choice").Take(2).Select(b => b.Title));

        Assert.Equal(LongPromptRoot.AnswerText("c27"), (await conversation.SayAsync("Option 27"))[0].Text);
    }

    [Fact]
    public async Task A_very_long_Arabic_summary_is_sent_in_parts_under_the_limit_with_the_question_on_the_last_card()
    {
        var paragraphs = Enumerable.Range(1, 120).Select(i => $"{i}. {Arabic(i, 60)}").ToList();
        var summary = string.Join("\n\n", paragraphs);
        Assert.True(Encoding.UTF8.GetByteCount(summary) > 3 * TeamsLimit);
        await using var harness = new EngineHarness(services: LongPromptRoot.Replacing(PromptIds.Confirm, new PromptOptions(LongPromptRoot.Literal(summary))));
        var conversation = harness.Conversation("ar-SA", channelId: Channels.MsTeams);

        var replies = await conversation.JoinAsync();

        Assert.True(replies.Count > 3);
        Assert.All(replies, AssertUnderTheLimit);
        var card = Assert.Single(replies[^1].Attachments!);
        var parts = replies.SkipLast(1).Select(r => r.Text!).Append(card.Content!.Value.GetProperty("body")[0].GetProperty("text").GetString()!);
        Assert.Equal(summary, string.Join("\n\n", parts)); // split at paragraph breaks, nothing lost
        Assert.Equal([harness.Text("ar", "Engine_Yes").Split(';')[0], harness.Text("ar", "Engine_No").Split(';')[0]], Buttons(replies[^1]).Select(b => b.Title));
        var yes = await conversation.SubmitAsync(Data(replies[^1], Buttons(replies[^1])[0].Title));
        Assert.Equal(LongPromptRoot.AnswerText(true), yes[0].Text);
    }

    [Fact]
    public async Task A_long_text_without_any_break_is_cut_into_parts_without_losing_a_character()
    {
        var text = string.Concat(Enumerable.Repeat("Привет👋", 9000)); // Cyrillic and surrogate pairs, no spaces
        await using var harness = new EngineHarness(services: LongPromptRoot.Replacing(PromptIds.Text, new PromptOptions(LongPromptRoot.Literal(text))));
        var conversation = harness.Conversation("ru-RU", channelId: Channels.MsTeams);

        var replies = await conversation.JoinAsync();

        Assert.All(replies, AssertUnderTheLimit);
        var body = Assert.Single(replies[^1].Attachments!).Content!.Value.GetProperty("body");
        Assert.Equal(text, string.Concat(replies.SkipLast(1).Select(r => r.Text)) + body[0].GetProperty("text").GetString());
        Assert.True(body[1].GetProperty("label").GetString()!.Length <= TeamsMessageBudget.MaxTitleChars);
    }

    [Fact]
    public async Task A_long_plain_message_is_split_in_Teams_and_sent_whole_elsewhere()
    {
        var choices = new[] { new Choice("long", LongPromptRoot.Literal("long")) };
        var answer = LongPromptRoot.AnswerText("long");
        var text = string.Join("\n", Enumerable.Range(1, 3000).Select(i => $"{i}: {Arabic(i, 3)}"));
        await using var harness = new EngineHarness(services: LongPromptRoot.Replacing(PromptIds.Choice, new PromptOptions(LongPromptRoot.Literal("?")) { Choices = choices }, then: text));
        var teams = harness.Conversation("ar-SA", channelId: Channels.MsTeams);
        var webChat = harness.Conversation("ar-SA", channelId: "webchat");
        await teams.JoinAsync();
        await webChat.JoinAsync();

        var inTeams = (await teams.SubmitAsync("""{"choice":"long"}""")).TakeWhile(r => r.Attachments is null).ToList();
        var inWebChat = await webChat.SubmitAsync("""{"choice":"long"}""");

        Assert.True(inTeams.Count > 2);
        Assert.All(inTeams, AssertUnderTheLimit);
        // Teams gets Markdown hard line breaks ("  \n"), and the parts are split at line breaks.
        Assert.Equal(answer + "\n" + text, string.Join("\n", inTeams.Select(r => r.Text!.Replace("  \n", "\n", StringComparison.Ordinal))));
        Assert.Equal(answer + "\n" + text, inWebChat[0].Text!.Replace("  \n", "\n", StringComparison.Ordinal)); // one message
    }

    private static void AssertUnderTheLimit(Activity reply)
    {
        var json = BotJson.Serialize(reply);
        Assert.True(Encoding.UTF8.GetByteCount(json) <= TeamsLimit, $"{Encoding.UTF8.GetByteCount(json)} bytes of UTF-8");
        Assert.True(Encoding.Unicode.GetByteCount(json) <= TeamsLimit, $"{Encoding.Unicode.GetByteCount(json)} bytes of UTF-16");
    }

    private static string Arabic(int seed, int words) =>
        string.Join(' ', Enumerable.Range(seed, words).Select(i => Words[i % Words.Length]));

    private sealed record Button(string Title, string Verb, string? Value, JsonElement Data);

    private static List<Button> Buttons(Activity reply) =>
        [.. Assert.Single(reply.Attachments!).Content!.Value.GetProperty("actions").EnumerateArray().Select(a =>
        {
            var verb = a.GetProperty("verb").GetString()!;
            var data = a.GetProperty("data");
            return new Button(a.GetProperty("title").GetString()!, verb, data.TryGetProperty(verb, out var v) ? v.ToString() : null, data);
        })];

    private static string Data(Activity reply, string title) => Buttons(reply).First(b => b.Title == title).Data.GetRawText();
}
