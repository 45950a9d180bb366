using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Tests.Harness;
using IntegrationBot.Schema;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Engine.Tests.Middleware;

public sealed class PipelineBehaviourTests
{
    [Fact]
    public async Task A_failing_store_gets_an_apology_in_the_users_language_and_loses_nothing()
    {
        var store = new FlakyStore(new MemoryStateStore(TimeProvider.System));
        await using var harness = new EngineHarness(store);
        var conversation = harness.Conversation("en-US");
        await Transcript.PlayAsync(conversation, """
            user: Create profile
            bot: Profile_AskName
            """);

        store.Down = true;
        var apology = await conversation.SayAsync("Anna");
        store.Down = false;
        var retried = await conversation.SayAsync("Anna");

        Assert.StartsWith("Sorry, something went wrong", apology.Single().Text, StringComparison.Ordinal);
        Assert.Equal("en", apology.Single().Locale);
        Assert.Equal(harness.Text("en", "Profile_AskGroupSize"), retried.Single().Text);
    }

    [Fact]
    public async Task The_redelivery_of_a_failed_turn_runs_it_again()
    {
        var store = new FlakyStore(new MemoryStateStore(TimeProvider.System));
        await using var harness = new EngineHarness(store);
        var conversation = harness.Conversation("en-US");
        await conversation.SayAsync("Create profile");
        var answer = conversation.NewActivity(ActivityTypes.Message, a => a.Text = "Anna");

        store.Down = true;
        var apology = await conversation.SendAsync(answer);
        store.Down = false;
        var redelivered = await conversation.SendAsync(answer);
        var again = await conversation.SendAsync(answer);

        Assert.StartsWith("Sorry, something went wrong", apology.Single().Text, StringComparison.Ordinal);
        Assert.Equal(harness.Text("en", "Profile_AskGroupSize"), redelivered.Single().Text);
        Assert.Empty(again);
    }

    [Fact]
    public async Task A_slow_turn_shows_a_typing_indicator_before_the_answer()
    {
        var store = new FlakyStore(new MemoryStateStore(TimeProvider.System));
        await using var harness = new EngineHarness(store, options => options.TypingDelay = TimeSpan.FromMilliseconds(50));
        var conversation = harness.Conversation("de-DE");
        store.ReadDelay = TimeSpan.FromSeconds(1);

        var replies = await conversation.SayAsync("hallo");

        Assert.Equal(ActivityTypes.Typing, replies[0].Type);
        Assert.Equal(ActivityTypes.Message, replies[^1].Type);
    }

    [Fact]
    public async Task A_quick_turn_shows_no_typing_indicator()
    {
        await using var harness = new EngineHarness(configure: options => options.TypingDelay = TimeSpan.FromSeconds(5));

        var replies = await harness.Conversation("de-DE").SayAsync("hallo");

        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task Replies_are_addressed_back_to_the_sender()
    {
        await using var harness = new EngineHarness();
        var conversation = harness.Conversation("de-DE");
        var inbound = conversation.NewActivity(ActivityTypes.Message, a => a.Text = "hallo");

        var reply = (await conversation.SendAsync(inbound)).Single();

        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(inbound.From!.Id, reply.Recipient!.Id);
        Assert.Equal(inbound.Recipient!.Id, reply.From!.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
    }

    [Fact]
    public async Task Unknown_activity_types_are_ignored_without_replies()
    {
        await using var harness = new EngineHarness();
        var conversation = harness.Conversation("de-DE");

        foreach (var type in new[] { "messageReaction", "endOfConversation", "event", "typing", "somethingNew" })
            Assert.Empty(await conversation.SendAsync(conversation.NewActivity(type)));
    }

    [Fact]
    public async Task A_message_over_the_length_limit_gets_a_clear_answer_and_the_same_question()
    {
        await using var harness = new EngineHarness(configure: options => options.MaxTextLength = 100);
        var conversation = harness.Conversation("de-DE");
        await conversation.SayAsync("Profil anlegen");

        var replies = await conversation.SayAsync(new string('x', 5000));

        Assert.Equal(harness.Text("de", "Engine_TooLong", "100") + "\n\n" + harness.Text("de", "Profile_AskName"), replies.Single().Text);
    }

    [Fact]
    public async Task Nonsense_at_a_choice_prompt_reprompts_then_offers_help_after_the_retry_limit()
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation("de-DE"), """
            join
            bot: Root_Welcome
            user: qwertz
            bot: Engine_Retry_Choice + Root_Welcome
            buttons: Root_Profile, Root_Counter
            user: asdf
            bot: Engine_Retry_Choice + Root_Welcome
            user: yxcv
            bot: Engine_RetryLimit
            buttons: Engine_Button_Help, Engine_Button_Cancel, Engine_Button_Menu
            user: Profil anlegen
            bot: Profile_AskName
            """);
    }

    [Fact]
    public async Task Teams_gets_choices_as_an_adaptive_card_whose_submit_answers_the_prompt()
    {
        await using var harness = new EngineHarness();
        var conversation = harness.Conversation("en-US", channelId: Channels.MsTeams);

        var menu = (await conversation.JoinAsync()).Single();
        var card = menu.Attachments!.Single();
        var submit = card.Content!.Value.GetProperty("actions")[0].GetProperty("data").GetRawText();
        var next = await conversation.SubmitAsync(submit);

        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Equal("1.5", card.Content.Value.GetProperty("version").GetString());
        // A Universal Action with an Action.Submit fallback that carries the same data (protocol notes §4.4).
        var title = harness.Text("en", "Root_Profile");
        var action = card.Content.Value.GetProperty("actions")[0];
        Assert.Equal(
            $$$$"""{"type":"Action.Execute","title":"{{{{title}}}}","verb":"choice","data":{"choice":"profile"},"fallback":{"type":"Action.Submit","title":"{{{{title}}}}","data":{"choice":"profile"}}}""",
            action.GetRawText());
        var question = next.Single().Attachments!.Single().Content!.Value.GetProperty("body");
        Assert.Equal(harness.Text("en", "Profile_AskName"), question[0].GetProperty("text").GetString());
        Assert.Equal("answer", question[1].GetProperty("id").GetString()); // answered on the card, too
        var send = harness.Text("en", "Engine_Send");
        Assert.Equal(
            $$$$"""{"type":"Action.Execute","title":"{{{{send}}}}","verb":"answer","data":{},"fallback":{"type":"Action.Submit","title":"{{{{send}}}}","data":{}}}""",
            next.Single().Attachments!.Single().Content!.Value.GetProperty("actions")[0].GetRawText());
    }

    [Fact]
    public async Task Teams_answers_typed_into_a_card_field_reach_the_text_prompt()
    {
        await using var harness = new EngineHarness();
        var conversation = harness.Conversation("en-US", channelId: Channels.MsTeams);
        await conversation.SayAsync("Create profile");

        var next = await conversation.SubmitAsync("""{"answer":"Anna"}""");

        var question = next.Single().Attachments!.Single().Content!.Value.GetProperty("body");
        Assert.Equal(harness.Text("en", "Profile_AskGroupSize"), question[0].GetProperty("text").GetString());
    }
}
