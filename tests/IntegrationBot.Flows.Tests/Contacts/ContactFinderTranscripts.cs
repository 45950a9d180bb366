using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Flows.Tests.Contacts;

/// <summary>The contact finder from the main menu, in every shipped language: description, contacts, "did this help?".</summary>
public sealed class ContactFinderTranscripts
{
    private const string Handoff = "Contacts_Handoff(Alesja Meiber, meiber@stadt-muenster.de, 02 51/4 92-70 77, kim-ms@stadt-muenster.de)";

    /// <summary>locale, a need in that language, its topic, and the first line of each contact card the bot shows.</summary>
    public static TheoryData<string, string, string, string[]> ClearNeeds => new()
    {
        { "de-DE", "ich suche einen Deutschkurs am Abend", "LanguageCourses", ["Volkshochschule Münster"] },
        { "en-US", "I got a letter from the Ausländerbehörde", "ResidenceLaw", ["Amt für Migration und Integration", "Ausländerbehörde", "Fachstelle Humanitäre Aufenthalte und Rückführungen"] },
        { "ar-SA", "أريد أن أعمل", "Work", ["Jobcenter", "Bundesagentur für Arbeit", "Projekt Q (GGUA Flüchtlingshilfe)"] },
        { "tr-TR", "Ailem için ev arıyorum", "Housing", ["Wohnungsgesellschaften und Wohnungsunternehmen", "Wohlfahrtsverbände (Freie Wohlfahrtspflege)"] },
        { "uk-UA", "Chancen-Aufenthaltsrecht", "ChanceResidence", ["Fachstelle Humanitäre Aufenthalte und Rückführungen", "GGUA Flüchtlingshilfe", "Projekt Q (GGUA Flüchtlingshilfe)"] },
        { "ru-RU", "Хочу получить немецкое гражданство", "Naturalisation", ["Einbürgerungsbehörde"] },
        { "fa-IR", "به دکتری نیاز دارم که فارسی صحبت کند", "Health", ["Wohlfahrtsverbände (Freie Wohlfahrtspflege)"] },
        { "nl-NL", "Hoe kan ik meedoen aan de integratievisie van de stad?", "Leitbild", ["Anmeldung zum Leitbild-Prozess (Kommunales Integrationszentrum)", "Kommunales Integrationszentrum Münster", "Integrationsrat der Stadt Münster"] },
    };

    [Theory]
    [MemberData(nameof(ClearNeeds))]
    public async Task A_clear_need_gets_contact_cards_and_a_thank_you_after_yes(string locale, string need, string topic, string[] contacts)
    {
        await using var harness = new FlowHarness();
        var title = harness.Text(locale[..2], "Contacts_Topic_" + topic);
        var cards = string.Join('\n', contacts.Select(name => "bot~: " + name));
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            join
            bot: Welcome
            user: 3
            bot: Contacts_AskNeed
            user: {need}
            bot: Contacts_Found({title})
            {cards}
            bot: Contacts_DidItHelp
            buttons: Engine_Yes, Engine_No
            user: @Engine_Yes
            bot: Contacts_Glad
            bot: Menu_WhatNext
            """);

        var counts = await harness.Services.GetRequiredService<IContactFinderStats>().ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new ContactFinderCount(topic, locale[..2], "test", ContactOutcome.Helped, 1), Assert.Single(counts));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task An_unclear_need_gets_two_guiding_questions_and_a_no_gets_the_way_to_a_person(string locale)
    {
        await using var harness = new FlowHarness();
        var title = harness.Text(locale[..2], "Contacts_Topic_Housing");
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            join
            bot: Welcome
            user: 3
            bot: Contacts_AskNeed
            user: ???
            bot: Contacts_AskArea
            buttons: Contacts_Area_papers, Contacts_Area_learningwork, Contacts_Area_dailylife, Contacts_Area_takingpart, Contacts_Area_person
            user: 3
            bot: Contacts_AskTopic
            buttons: Contacts_Topic_Housing, Contacts_Topic_Health, Contacts_Topic_ChildrenYouthSchool, Contacts_Topic_SocialBenefits
            user: 1
            bot: Contacts_Found({title})
            bot~: Wohnungsgesellschaften und Wohnungsunternehmen
            bot~: Wohlfahrtsverbände (Freie Wohlfahrtspflege)
            bot: Contacts_DidItHelp
            user: @Engine_No
            bot: {Handoff}
            bot: Menu_WhatNext
            """);
    }

    public static TheoryData<string> Locales => ["de-DE", "en-US", "ar-SA", "tr-TR", "uk-UA", "ru-RU", "fa-IR", "nl-NL"];

    [Fact]
    public async Task A_need_between_two_topics_asks_which_one_instead_of_guessing()
    {
        await using var harness = new FlowHarness();
        await Transcript.PlayAsync(harness.Conversation("de-DE"), """
            user: Ansprechperson finden
            bot: Contacts_AskNeed
            user: Wohnung und Arzt
            bot: Contacts_WhichTopic
            buttons: Contacts_Topic_Housing, Contacts_Topic_Health, Contacts_SomethingElse
            user: 2
            bot: Contacts_Found(Gesundheit)
            bot~: Wohlfahrtsverbände
            bot: Contacts_DidItHelp
            """);
    }

    [Fact]
    public async Task A_mixed_language_message_is_understood()
    {
        await using var harness = new FlowHarness();
        await Transcript.PlayAsync(harness.Conversation("en-US"), """
            user: Find a contact person
            bot: Contacts_AskNeed
            user: Hallo, I need Hilfe mit meinem Aufenthaltstitel, please
            bot: Contacts_Found(Residence and permits)
            bot~: Amt für Migration und Integration
            bot~: Ausländerbehörde
            bot~: Fachstelle Humanitäre Aufenthalte
            bot: Contacts_DidItHelp
            """);
    }

    [Fact]
    public async Task Asking_for_a_person_hands_over_without_a_topic_and_counts_it()
    {
        await using var harness = new FlowHarness();
        await Transcript.PlayAsync(harness.Conversation("ar-SA"), $"""
            join
            bot: Welcome
            user: 3
            bot: Contacts_AskNeed
            user: مرحبا
            bot: Contacts_AskArea
            user: 5
            bot: {Handoff}
            bot: Menu_WhatNext
            """);
        var counts = await harness.Services.GetRequiredService<IContactFinderStats>().ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new ContactFinderCount("none", "ar", "test", ContactOutcome.Handoff, 1), Assert.Single(counts));
    }

    [Fact]
    public async Task A_topic_without_any_entry_left_goes_straight_to_a_person()
    {
        var directory = new MemoryContactDirectory(DirectorySeed.LoadEmbedded());
        await directory.DeleteAsync("volkshochschule", TestContext.Current.CancellationToken);
        await using var harness = new FlowHarness(services => services.AddSingleton<IContactDirectory>(directory));
        await Transcript.PlayAsync(harness.Conversation("tr-TR"), $"""
            join
            bot: Welcome
            user: 3
            bot: Contacts_AskNeed
            user: Akşamları Almanca kursu arıyorum.
            bot: {Handoff}
            bot: Menu_WhatNext
            """);
    }
}
