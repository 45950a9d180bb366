using IntegrationBot.Testing.Conversations;
using static IntegrationBot.Flows.Tests.Ideas.IdeaWorld;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>Similar ideas collected earlier are quoted before saving; the resident adds theirs anyway or stops.</summary>
public sealed class IdeaSimilarTranscripts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> AllLocales => Locales;

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task A_similar_idea_is_quoted_and_no_ends_without_saving_while_yes_adds_the_idea(string locale)
    {
        await using var harness = NewHarness();
        var language = locale[..2];
        var idea = LanguageCourseIdea(language);
        var field = FieldName(harness, language, Education);
        var notGiven = harness.Text(language, "Idea_NotGiven");
        await harness.Ideas().AddAsync(Earlier(LanguageCourseIdea(language) + " " + Addition(language), Education, language), Ct); // ABCDEF
        var conversation = harness.Conversation(locale);
        var toSimilar = $"""
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            user: {idea}
            bot: Idea_AskMore
            user: @Idea_Done
            bot: Idea_SuggestField({field}, {Description(harness, language, Education)})
            user: @Engine_Yes
            bot~: {idea}
            bot: Idea_AddAnyway
            """;

        await Transcript.PlayAsync(conversation, $"""
            {toSimilar}
            user: xyzzy
            bot: Engine_Retry_Confirm + Idea_AddAnyway
            user: @Engine_No
            bot: Idea_NotAdded
            bot: Menu_WhatNext
            """);
        Assert.Single(await harness.AllIdeasAsync());

        await Transcript.PlayAsync(conversation, $"""
            {toSimilar}
            user: @Engine_Yes
            bot: Idea_AskNeighbourhood
            user: @Engine_Skip
            bot: Idea_AskNamed
            user: @Idea_Anonymous
            bot: Idea_AskConsent_Anonymous({PrivacyUrl})
            user: @Engine_Yes
            bot: Idea_Summary_Anonymous({field}, {idea}, {notGiven})
            user: @Engine_Yes
            bot: Idea_Submitted(GHJKLM)
            bot: Menu_WhatNext
            """);
        Assert.Equal(2, (await harness.AllIdeasAsync()).Count);
    }
}
