using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Testing.Conversations;
using static IntegrationBot.Flows.Tests.Ideas.IdeaWorld;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>The idea flow in every shipped language: idea first or field first, more messages, named or anonymous.</summary>
public sealed class IdeaTranscripts
{
    public static TheoryData<string> AllLocales => Locales;

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task Idea_first_with_the_suggested_field_accepted_is_stored_anonymously(string locale)
    {
        await using var harness = NewHarness();
        var language = locale[..2];
        var idea = LanguageCourseIdea(language);
        var field = FieldName(harness, language, Education);
        var notGiven = harness.Text(language, "Idea_NotGiven");
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            buttons: {string.Join(", ", Domain.Events.Handlungsfelder.All.Select(f => "Glossary_Field_" + f))}
            user: {idea}
            bot: Idea_AskMore
            buttons: Idea_Done
            user: @Idea_Done
            bot: Idea_SuggestField({field}, {Description(harness, language, Education)})
            buttons: Engine_Yes, Engine_No
            user: xyzzy
            bot: Engine_Retry_Confirm + Idea_SuggestField({field}, {Description(harness, language, Education)})
            user: @Engine_Yes
            bot: Idea_AskNeighbourhood
            buttons: Engine_Skip
            user: @Engine_Skip
            bot: Idea_AskNamed
            buttons: Idea_Named, Idea_Anonymous
            user: xyzzy
            bot: Engine_Retry_Choice + Idea_AskNamed
            user: @Idea_Anonymous
            bot: Idea_AskConsent_Anonymous({PrivacyUrl})
            user: xyzzy
            bot: Engine_Retry_Confirm + Idea_AskConsent_Anonymous({PrivacyUrl})
            user: @Engine_Yes
            bot: Idea_Summary_Anonymous({field}, {idea}, {notGiven})
            user: xyzzy
            bot: Engine_Retry_Confirm + Idea_Summary_Anonymous({field}, {idea}, {notGiven})
            user: @Engine_Yes
            bot: Idea_Submitted(ABCDEF)
            bot: Menu_WhatNext
            """);

        var stored = Assert.Single(await harness.AllIdeasAsync());
        Assert.Equal((idea, Education, Education, language, "ABCDEF"), (stored.Text, stored.Field, stored.SuggestedField, stored.Language, stored.Reference));
        Assert.True(stored.IsAnonymous);
        Assert.Equal((null, null, null, null), (stored.Author, stored.AuthorName, stored.AuthorContact, stored.Neighbourhood));
        Assert.Equal(FlowHarness.DefaultNow, stored.ConsentAt);
        Assert.Equal(1, harness.Signals());
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task A_rejected_suggestion_lets_the_resident_pick_another_field_and_a_named_idea_keeps_name_and_contact(string locale)
    {
        await using var harness = NewHarness();
        var language = locale[..2];
        var idea = FootballIdea(language);
        var sport = FieldName(harness, language, Sport);
        var housing = FieldName(harness, language, Domain.Events.Handlungsfelder.Wohnen);
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            user: {idea}
            bot: Idea_AskMore
            user: @Idea_Done
            bot: Idea_SuggestField({sport}, {Description(harness, language, Sport)})
            user: @Engine_No
            bot: Idea_AskOtherField
            user: xyzzy
            bot: Engine_Retry_Choice + Idea_AskOtherField
            user: @Glossary_Field_wohnen
            bot: Idea_AskNeighbourhood
            user: {new string('x', 101)}
            bot: Engine_TooLong(100) + Idea_AskNeighbourhood
            user: Kinderhaus
            bot: Idea_AskNamed
            user: @Idea_Named
            bot: Idea_AskName
            user: {new string('x', 101)}
            bot: Engine_TooLong(100) + Idea_AskName
            user: Amira Beispiel
            bot: Idea_AskContact
            buttons: Engine_Skip
            user: xyzzy
            bot: Idea_Retry_Contact + Idea_AskContact
            user: amira@example.org
            bot: Idea_AskConsent({PrivacyUrl})
            user: @Engine_Yes
            bot: Idea_Summary({housing}, {idea}, Kinderhaus, Amira Beispiel, amira@example.org)
            user: @Engine_Yes
            bot: Idea_Submitted(ABCDEF)
            bot: Menu_WhatNext
            """);

        var stored = Assert.Single(await harness.AllIdeasAsync());
        Assert.Equal((Domain.Events.Handlungsfelder.Wohnen, Sport, "Kinderhaus"), (stored.Field, stored.SuggestedField, stored.Neighbourhood));
        Assert.Equal((Resident, "Amira Beispiel", "amira@example.org"), (stored.Author, stored.AuthorName, stored.AuthorContact));
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task Field_first_then_an_idea_over_several_messages_with_a_part_that_makes_it_too_long(string locale)
    {
        await using var harness = NewHarness();
        var language = locale[..2];
        var idea = LanguageCourseIdea(language);
        var field = FieldName(harness, language, Education);
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            user: @Glossary_Field_bildung-sprachen
            bot: Idea_AskIdea({field})
            user: {idea}
            bot: Idea_AskMore
            user: {Addition(language)}
            bot: Idea_AskMore
            user: {new string('a', 4000)}
            bot: Idea_TooLong(4000)
            bot: Idea_AskMore
            user: @Idea_Done
            bot: Idea_AskNeighbourhood
            user: @Engine_Skip
            bot: Idea_AskNamed
            user: @Idea_Named
            bot: Idea_AskName
            user: Omid
            bot: Idea_AskContact
            user: 0251 4927077
            bot: Idea_AskConsent({PrivacyUrl})
            user: @Engine_Yes
            bot~: {Addition(language)}
            user: @Engine_Yes
            bot: Idea_Submitted(ABCDEF)
            bot: Menu_WhatNext
            """);

        var stored = Assert.Single(await harness.AllIdeasAsync());
        Assert.Equal((idea + "\n" + Addition(language), Education, null), (stored.Text, stored.Field, stored.SuggestedField));
        Assert.Equal(("Omid", "0251 4927077"), (stored.AuthorName, stored.AuthorContact));
    }

    [Theory]
    [MemberData(nameof(AllLocales))]
    public async Task An_idea_without_any_clue_asks_for_the_field_which_can_be_picked_by_number(string locale)
    {
        await using var harness = NewHarness();
        var language = locale[..2];
        var field = FieldName(harness, language, Education);
        var notGiven = harness.Text(language, "Idea_NotGiven");
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: @Menu_Idea
            bot: Idea_AskIdeaOrField
            user: Qwertz asdfgh yxcvbn uiopü hjklö
            bot: Idea_AskMore
            user: @Idea_Done
            bot: Idea_AskField
            user: 5
            bot: Idea_AskNeighbourhood
            user: @Engine_Skip
            bot: Idea_AskNamed
            user: @Idea_Anonymous
            bot: Idea_AskConsent_Anonymous({PrivacyUrl})
            user: @Engine_Yes
            bot: Idea_Summary_Anonymous({field}, Qwertz asdfgh yxcvbn uiopü hjklö, {notGiven})
            user: @Engine_Yes
            bot: Idea_Submitted(ABCDEF)
            bot: Menu_WhatNext
            """);

        var stored = Assert.Single(await harness.AllIdeasAsync());
        Assert.Equal((Education, null), (stored.Field, stored.SuggestedField));
    }
}
