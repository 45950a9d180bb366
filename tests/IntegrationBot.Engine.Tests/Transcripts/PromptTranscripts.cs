using IntegrationBot.Engine.Tests.Harness;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Engine.Tests.Transcripts;

/// <summary>
/// Every prompt type in German and English: a valid answer in the user's own words, an answer that does not fit
/// (retry with the same question), and interruptions in the middle. The clock is fixed at Sunday 22 November 2026.
/// </summary>
public sealed class PromptTranscripts
{
    public static TheoryData<string, string> Walkthroughs => new()
    {
        { "de-DE", """
            user: Profil anlegen
            bot: Profile_AskName
            user: Anna Schmidt
            bot: Profile_AskGroupSize
            user: viele
            bot: Engine_Retry_Number + Profile_AskGroupSize
            user: 12
            bot: Engine_Retry_Range(1, 10) + Profile_AskGroupSize
            user: wir kommen zu zweit, also zwei Personen
            bot: Profile_AskDay
            user: irgendwann
            bot: Engine_Retry_DateTime + Profile_AskDay
            user: am 14. Mai um 16 Uhr
            bot: Profile_AskEmail
            buttons: Engine_Skip
            user: keine Ahnung
            bot: Engine_Retry_Email + Profile_AskEmail
            user: meine Mail ist anna.schmidt@example.org
            bot: Profile_AskPhone
            user: Überspringen
            bot: Profile_AskColour
            buttons: Colour_Red, Colour_Green, Colour_Blue
            user: den zweiten
            bot: Profile_Confirm(Anna Schmidt, green)
            buttons: Engine_Yes, Engine_No
            user: vielleicht
            bot: Engine_Retry_Confirm + Profile_Confirm(Anna Schmidt, green)
            user: ja klar
            bot: Profile_Saved
            bot: Root_Menu
            """ },
        { "en-US", """
            user: Create profile
            bot: Profile_AskName
            user: Anna Smith
            bot: Profile_AskGroupSize
            user: lots
            bot: Engine_Retry_Number + Profile_AskGroupSize
            user: 0
            bot: Engine_Retry_Range(1, 10) + Profile_AskGroupSize
            user: three of us
            bot: Profile_AskDay
            user: whenever
            bot: Engine_Retry_DateTime + Profile_AskDay
            user: next Tuesday at 5pm
            bot: Profile_AskEmail
            user: skip
            bot: Profile_AskPhone
            user: call me on +49 251 4920
            bot: Profile_AskColour
            user: the last one
            bot: Profile_Confirm(Anna Smith, blue)
            user: nope
            bot: Profile_NotSaved
            bot: Root_Menu
            """ },
    };

    [Theory]
    [MemberData(nameof(Walkthroughs))]
    public async Task Every_prompt_accepts_natural_answers_and_reprompts_on_nonsense(string locale, string script)
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), script);
    }

    [Theory]
    [InlineData("de-DE", "gestern")]
    [InlineData("en-US", "yesterday")]
    public async Task A_date_in_the_past_is_refused_with_a_reason(string locale, string past)
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: @Root_Profile
            bot: Profile_AskName
            user: Anna
            bot: Profile_AskGroupSize
            user: 1
            bot: Profile_AskDay
            user: {past}
            bot: Engine_Retry_Past + Profile_AskDay
            """);
    }

    public static TheoryData<string, string, string> InterruptionsAtEachPrompt()
    {
        var data = new TheoryData<string, string, string>();
        string[] prompts = ["Profile_AskName", "Profile_AskGroupSize", "Profile_AskDay", "Profile_AskEmail"];
        string[] answers = ["Anna", "2", "morgen"];
        foreach (var (locale, help) in new[] { ("de-DE", "Hilfe"), ("en-US", "help") })
        {
            for (var i = 0; i < prompts.Length; i++)
            {
                var reach = string.Concat(answers.Take(i).Select((a, j) => $"user: {(locale == "en-US" && j == 2 ? "tomorrow" : a)}\nbot: {prompts[j + 1]}\n"));
                data.Add(locale, prompts[i], $"user: @Root_Profile\nbot: Profile_AskName\n{reach}user: {help}\nbot: Profile_Help\nbot: {prompts[i]}\n");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(InterruptionsAtEachPrompt))]
    public async Task Help_at_each_prompt_resumes_that_prompt(string locale, string prompt, string script)
    {
        Assert.Contains(prompt, script, StringComparison.Ordinal);
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), script);
    }

    [Theory]
    [InlineData("de-DE", "asdf", "Engine_Retry_Number")]
    [InlineData("en-US", "asdf", "Engine_Retry_Number")]
    public async Task The_retry_limit_offers_help_instead_of_looping(string locale, string nonsense, string retry)
    {
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation(locale), $"""
            user: @Root_Profile
            bot: Profile_AskName
            user: Anna
            bot: Profile_AskGroupSize
            user: {nonsense}
            bot: {retry} + Profile_AskGroupSize
            user: {nonsense}
            bot: {retry} + Profile_AskGroupSize
            user: {nonsense}
            bot: Engine_RetryLimit
            buttons: Engine_Button_Help, Engine_Button_Cancel, Engine_Button_Menu
            user: @Engine_Button_Help
            bot: Profile_Help
            bot: Profile_AskGroupSize
            user: 2
            bot: Profile_AskDay
            """);
    }
}
