using IntegrationBot.Engine.Tests.Harness;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Engine.Tests.Transcripts;

/// <summary>Help, cancel, menu, change language, show and delete my data at a prompt, in German and English.</summary>
public sealed class InterruptionTranscripts
{
    private const string ToNamePrompt = """
        join
        bot: Root_Welcome
        user: @Root_Profile
        bot: Profile_AskName
        """;

    [Theory]
    [InlineData("de-DE", "Hilfe")]
    [InlineData("en-US", "help")]
    [InlineData("de-DE", "help!")]
    public async Task Help_explains_the_active_flow_and_asks_again(string locale, string help)
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), ToNamePrompt + $"""

            user: {help}
            bot: Profile_Help
            bot: Profile_AskName
            user: Anna
            bot: Profile_AskGroupSize
            """);
    }

    [Theory]
    [InlineData("de-DE", "Hilfe für Kinder")]
    [InlineData("en-US", "help with the kids")]
    public async Task A_command_word_inside_a_sentence_is_an_answer_not_a_command(string locale, string answer)
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), ToNamePrompt + $"""

            user: {answer}
            bot: Profile_AskGroupSize
            """);
    }

    [Theory]
    [InlineData("de-DE", "Abbrechen")]
    [InlineData("en-US", "cancel")]
    public async Task Cancel_ends_the_flow_and_shows_the_menu(string locale, string cancel)
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), ToNamePrompt + $"""

            user: {cancel}
            bot: Engine_Cancelled
            bot: Root_Menu
            buttons: Root_Profile, Root_Counter
            """);
    }

    [Fact]
    public async Task Cancel_with_nothing_running_says_so()
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation("en-US"), """
            user: cancel
            bot: Engine_NothingToCancel
            bot: Root_Menu
            """);
    }

    [Fact]
    public async Task Menu_button_value_returns_to_the_menu()
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation("de-DE"), ToNamePrompt + """

            click: {"command":"menu"}
            bot: Root_Menu
            """);
    }

    [Fact]
    public async Task Changing_language_at_a_prompt_asks_the_same_question_in_the_new_language()
    {
        await using var harness = new EngineHarness();
        var conversation = harness.Conversation("de-DE");
        await Transcript.PlayAsync(conversation, ToNamePrompt + """

            user: Sprache ändern
            bot: Engine_AskLanguage
            user: English
            bot: Engine_LanguageChanged
            bot: Profile_AskName
            user: Anna
            bot: Profile_AskGroupSize
            """);
        var replies = await conversation.SayAsync("help");
        Assert.Equal("en", replies[0].Locale);
    }

    [Fact]
    public async Task The_chosen_language_wins_over_the_channel_locale_in_later_turns()
    {
        await using var harness = new EngineHarness();
        var conversation = harness.Conversation("de-DE");
        await Transcript.PlayAsync(conversation, """
            user: Sprache ändern
            bot: Engine_AskLanguage
            user: Türkçe
            bot: Engine_LanguageChanged
            bot: Root_Menu
            """);

        var replies = await conversation.SayAsync("yardım");

        Assert.All(replies, r => Assert.Equal("tr", r.Locale));
    }

    [Fact]
    public async Task Show_my_data_lists_the_language_and_asks_again()
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation("en-US"), ToNamePrompt + """

            user: my data
            bot~: English
            bot: Profile_AskName
            """);
    }

    [Fact]
    public async Task Delete_my_data_after_confirmation_forgets_the_user_and_starts_over()
    {
        await using var harness = new EngineHarness();
        var conversation = harness.Conversation("de-DE");
        await Transcript.PlayAsync(conversation, ToNamePrompt + """

            user: Meine Daten löschen
            bot: Engine_ConfirmDelete
            buttons: Engine_Yes, Engine_No
            click: {"choice":"yes"}
            bot: Engine_DataDeleted
            bot: Root_Menu
            """);
        var user = await harness.Store.ReadAsync("user/test/" + conversation.UserId, TestContext.Current.CancellationToken);
        Assert.True(user is null || !System.Text.Encoding.UTF8.GetString(user.Json.Span).Contains("Anna", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Declining_to_delete_keeps_everything_and_asks_again()
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation("de-DE"), ToNamePrompt + """

            user: Meine Daten löschen
            bot: Engine_ConfirmDelete
            click: {"choice":"no"}
            bot: Engine_DeleteCancelled
            bot: Profile_AskName
            """);
    }
}
