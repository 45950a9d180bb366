using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Schema;
using IntegrationBot.Testing.Conversations;
using static IntegrationBot.Flows.Tests.Ideas.IdeaWorld;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>
/// Storing the idea when things go wrong: the store is down at the confirmation (the apology keeps the summary, "yes"
/// again stores), the write committed but its answer was lost, and a redelivered confirmation.
/// </summary>
public sealed class IdeaReliabilityTranscripts
{
    public static TheoryData<string> AllLocales => Locales;

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task When_the_store_is_down_at_the_confirmation_yes_again_stores_the_idea(string locale)
    {
        var failing = new FailingIdeaStore();
        await using var harness = NewHarness(failing);
        var language = locale[..2];
        var conversation = harness.Conversation(locale);
        await PlayToSummaryAsync(harness, conversation);

        failing.Next = FailingIdeaStore.Failure.BeforeWrite;
        await Transcript.PlayAsync(conversation, $"""
            user: @Engine_Yes
            bot~: {Apology(harness, language)}
            user: @Engine_Yes
            bot: Idea_Submitted(ABCDEF)
            bot: Menu_WhatNext
            """);

        Assert.Equal(2, failing.Calls);
        Assert.Equal("ABCDEF", Assert.Single(await harness.AllIdeasAsync()).Reference);
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task When_the_write_committed_but_its_answer_was_lost_yes_again_stores_the_idea_once(string locale)
    {
        var failing = new FailingIdeaStore();
        await using var harness = NewHarness(failing);
        var language = locale[..2];
        var conversation = harness.Conversation(locale);
        await PlayToSummaryAsync(harness, conversation);

        failing.Next = FailingIdeaStore.Failure.AfterWrite;
        await Transcript.PlayAsync(conversation, $"""
            user: @Engine_Yes
            bot~: {Apology(harness, language)}
            user: @Engine_Yes
            bot: Idea_Submitted(ABCDEF)
            bot: Menu_WhatNext
            """);

        Assert.Equal(2, failing.Calls);
        Assert.Single(await harness.AllIdeasAsync());
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task A_redelivered_confirmation_stores_the_idea_once(string locale)
    {
        var failing = new FailingIdeaStore();
        await using var harness = NewHarness(failing);
        var language = locale[..2];
        var conversation = harness.Conversation(locale);
        await PlayToSummaryAsync(harness, conversation);
        var yes = conversation.NewActivity(ActivityTypes.Message, a => a.Text = harness.Text(language, "Engine_Yes"));

        var first = await conversation.SendAsync(yes);
        var again = await conversation.SendAsync(yes);

        Assert.Equal([harness.Text(language, "Idea_Submitted", "ABCDEF"), harness.Text(language, "Menu_WhatNext")], first.Select(r => r.Text));
        Assert.Empty(again);
        Assert.Equal(1, failing.Calls);
        Assert.Single(await harness.AllIdeasAsync());
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task The_channels_redelivery_after_a_lost_store_answer_stores_the_idea_once(string locale)
    {
        var failing = new FailingIdeaStore();
        await using var harness = NewHarness(failing);
        var language = locale[..2];
        var conversation = harness.Conversation(locale);
        await PlayToSummaryAsync(harness, conversation);
        var yes = conversation.NewActivity(ActivityTypes.Message, a => a.Text = harness.Text(language, "Engine_Yes"));

        failing.Next = FailingIdeaStore.Failure.AfterWrite;
        var failed = await conversation.SendAsync(yes);
        var redelivered = await conversation.SendAsync(yes);

        Assert.Contains(Apology(harness, language), Assert.Single(failed).Text, StringComparison.Ordinal);
        Assert.Equal([harness.Text(language, "Idea_Submitted", "ABCDEF"), harness.Text(language, "Menu_WhatNext")], redelivered.Select(r => r.Text));
        Assert.Equal(2, failing.Calls);
        Assert.Single(await harness.AllIdeasAsync());
    }

    /// <summary>Field first, anonymous, up to the summary.</summary>
    private static Task PlayToSummaryAsync(FlowHarness harness, TestConversation conversation)
    {
        var language = conversation.Locale[..2];
        var notGiven = harness.Text(language, "Idea_NotGiven");
        return Transcript.PlayAsync(conversation, $"""
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            user: @Glossary_Field_sport-freizeit
            bot: Idea_AskIdea({FieldName(harness, language, Sport)})
            user: {FootballIdea(language)}
            bot: Idea_AskMore
            user: @Idea_Done
            bot: Idea_AskNeighbourhood
            user: @Engine_Skip
            bot: Idea_AskNamed
            user: @Idea_Anonymous
            bot: Idea_AskConsent_Anonymous({PrivacyUrl})
            user: @Engine_Yes
            bot: Idea_Summary_Anonymous({FieldName(harness, language, Sport)}, {FootballIdea(language)}, {notGiven})
            """);
    }

    /// <summary>The start of the engine's apology, before the error code.</summary>
    private static string Apology(FlowHarness harness, string language) =>
        harness.Text(language, "Engine_Error", "\u0001").Split('\u0001')[0].Trim();
}
