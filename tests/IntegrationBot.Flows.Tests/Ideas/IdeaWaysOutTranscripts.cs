using IntegrationBot.Testing.Conversations;
using static IntegrationBot.Flows.Tests.Ideas.IdeaWorld;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>Ways out of the idea flow in every shipped language: no consent, no to the summary, help, cancel.</summary>
public sealed class IdeaWaysOutTranscripts
{
    public static TheoryData<string> AllLocales => Locales;

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task Declining_consent_or_the_summary_stores_nothing(string locale)
    {
        await using var harness = NewHarness();
        var language = locale[..2];
        var idea = LanguageCourseIdea(language);
        var field = FieldName(harness, language, Education);
        var notGiven = harness.Text(language, "Idea_NotGiven");
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            user: @Glossary_Field_bildung-sprachen
            bot: Idea_AskIdea({field})
            user: {idea}
            bot: Idea_AskMore
            user: @Idea_Done
            bot: Idea_AskNeighbourhood
            user: @Engine_Skip
            bot: Idea_AskNamed
            user: @Idea_Named
            bot: Idea_AskName
            user: Omid
            bot: Idea_AskContact
            user: @Engine_Skip
            bot: Idea_AskConsent({PrivacyUrl})
            user: @Engine_No
            bot: Idea_ConsentDeclined
            bot: Menu_WhatNext
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            user: {idea}
            bot: Idea_AskMore
            user: @Idea_Done
            bot: Idea_SuggestField({field}, {Description(harness, language, Education)})
            user: @Engine_Yes
            bot: Idea_AskNeighbourhood
            user: @Engine_Skip
            bot: Idea_AskNamed
            user: @Idea_Named
            bot: Idea_AskName
            user: Omid
            bot: Idea_AskContact
            user: @Engine_Skip
            bot: Idea_AskConsent({PrivacyUrl})
            user: @Engine_Yes
            bot: Idea_Summary({field}, {idea}, {notGiven}, Omid, {notGiven})
            user: @Engine_No
            bot: Idea_NotSaved
            bot: Menu_WhatNext
            """);

        Assert.Empty(await harness.AllIdeasAsync());
        Assert.Equal(0, harness.Signals());
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task Help_answers_and_asks_again_a_too_long_message_is_refused_and_cancel_ends_without_saving(string locale)
    {
        await using var harness = NewHarness();
        var language = locale[..2];
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            user: @Command_Help
            bot: Idea_Help
            bot: Idea_AskIdeaOrField
            user: {new string('a', 4001)}
            bot: Engine_TooLong(4000) + Idea_AskIdeaOrField
            user: {FootballIdea(language)}
            bot: Idea_AskMore
            user: @Command_Help
            bot: Idea_Help
            bot: Idea_AskMore
            user: @Command_Cancel
            bot: Engine_Cancelled
            bot: Menu_WhatNext
            """);

        Assert.Empty(await harness.AllIdeasAsync());
    }
}
