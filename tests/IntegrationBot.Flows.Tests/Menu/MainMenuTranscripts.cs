using IntegrationBot.Flows.Tests.Harness;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Flows.Tests.Menu;

/// <summary>The welcome and the main menu in every shipped language.</summary>
public sealed class MainMenuTranscripts
{
    public static TheoryData<string> Locales => ["de-DE", "en-US", "ar-SA", "tr-TR", "uk-UA", "ru-RU", "fa-IR", "nl-NL"];

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Joining_shows_the_welcome_with_the_menu_and_a_choice_is_answered(string locale)
    {
        await using var harness = new FlowHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), """
            join
            bot: Welcome
            buttons: Menu_Register, Menu_Idea, Menu_Contact, Menu_Dates, Menu_Language
            user: 2
            bot: Idea_AskIdeaOrField
            """);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Unknown_input_gets_a_helpful_answer_and_the_menu(string locale)
    {
        await using var harness = new FlowHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), """
            user: xyzzy plugh
            bot: NotUnderstood
            buttons: Menu_Register, Menu_Idea, Menu_Contact, Menu_Dates, Menu_Language
            """);
    }

    [Fact]
    public async Task A_first_message_that_names_a_menu_entry_skips_the_question()
    {
        await using var harness = new FlowHarness();
        await Transcript.PlayAsync(harness.Conversation("de-DE"), """
            user: Sprache
            bot: Engine_AskLanguage
            user: Українська
            bot: Engine_LanguageChanged
            bot: Menu_WhatNext
            """);
    }

    [Fact]
    public async Task A_greeting_is_answered_with_the_welcome()
    {
        await using var harness = new FlowHarness();
        await Transcript.PlayAsync(harness.Conversation("en-US"), """
            user: Hello!
            bot: Welcome
            """);
    }

    [Fact]
    public async Task Help_in_the_menu_explains_what_the_bot_can_do()
    {
        await using var harness = new FlowHarness();
        await Transcript.PlayAsync(harness.Conversation("tr-TR"), """
            join
            bot: Welcome
            user: yardım
            bot: Menu_Help
            bot: Welcome
            """);
    }
}
