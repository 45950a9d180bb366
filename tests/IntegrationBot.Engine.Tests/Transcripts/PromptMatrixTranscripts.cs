using IntegrationBot.Engine.Tests.Harness;
using IntegrationBot.Testing.Conversations;

namespace IntegrationBot.Engine.Tests.Transcripts;

/// <summary>
/// Every prompt type × German and English × {valid answer, nonsense with reprompt, the retry limit, help, cancel}.
/// The cases are generated from one table, and each case is named by its prompt, language and situation.
/// </summary>
public sealed class PromptMatrixTranscripts
{
    private sealed record PromptCase(string Ask, string Retry, string De, string En, string NonsenseDe, string NonsenseEn);

    // The profile flow asks these in order; the answers take the conversation to the next prompt.
    private static readonly PromptCase[] Prompts =
    [
        new("Profile_AskName", "Engine_TooLong(60)", "Anna", "Anna", new string('x', 61), new string('x', 61)),
        new("Profile_AskGroupSize", "Engine_Retry_Number", "zwei", "two", "viele", "lots"),
        new("Profile_AskDay", "Engine_Retry_DateTime", "morgen", "tomorrow", "irgendwann", "whenever"),
        new("Profile_AskEmail", "Engine_Retry_Email", "anna@example.org", "anna@example.org", "keine Ahnung", "no idea"),
        new("Profile_AskPhone", "Engine_Retry_Phone", "0251 4920", "0251 4920", "abc", "abc"),
        new("Profile_AskColour", "Engine_Retry_Choice", "rot", "red", "lila", "purple"),
        new("Profile_Confirm(Anna, red)", "Engine_Retry_Confirm", "ja", "yes", "vielleicht", "maybe"),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var language in new[] { "de", "en" })
        {
            for (var i = 0; i < Prompts.Length; i++)
            {
                foreach (var situation in new[] { "valid", "nonsense", "retry-limit", "help", "cancel" })
                    data.Add($"{Name(Prompts[i].Ask)} {situation}", language, Script(language, i, situation));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Prompt_behaves(string @case, string language, string script)
    {
        Assert.False(string.IsNullOrEmpty(@case));
        await using var harness = new EngineHarness();
        await Transcript.PlayAsync(harness.Conversation(language == "de" ? "de-DE" : "en-US"), script);
    }

    private static string Script(string language, int index, string situation)
    {
        var lines = new List<string> { "user: @Root_Profile", "bot: Profile_AskName" };
        for (var i = 0; i < index; i++)
            lines.AddRange([$"user: {Answer(Prompts[i], language)}", $"bot: {Prompts[i + 1].Ask}"]);
        var prompt = Prompts[index];
        var nonsense = language == "de" ? prompt.NonsenseDe : prompt.NonsenseEn;
        switch (situation)
        {
            case "valid":
                lines.Add($"user: {Answer(prompt, language)}");
                lines.AddRange(index + 1 < Prompts.Length ? [$"bot: {Prompts[index + 1].Ask}"] : ["bot: Profile_Saved", "bot: Root_Menu"]);
                break;
            case "nonsense":
                lines.AddRange([$"user: {nonsense}", $"bot: {prompt.Retry} + {prompt.Ask}"]);
                break;
            case "retry-limit":
                lines.AddRange([$"user: {nonsense}", $"bot: {prompt.Retry} + {prompt.Ask}", $"user: {nonsense}", $"bot: {prompt.Retry} + {prompt.Ask}"]);
                lines.AddRange([$"user: {nonsense}", "bot: Engine_RetryLimit", "user: @Engine_Button_Cancel", "bot: Engine_Cancelled", "bot: Root_Menu"]);
                break;
            case "help":
                lines.AddRange(["user: @Engine_Button_Help", "bot: Profile_Help", $"bot: {prompt.Ask}", $"user: {Answer(prompt, language)}"]);
                lines.AddRange(index + 1 < Prompts.Length ? [$"bot: {Prompts[index + 1].Ask}"] : ["bot: Profile_Saved", "bot: Root_Menu"]);
                break;
            case "cancel":
                lines.AddRange(["user: @Engine_Button_Cancel", "bot: Engine_Cancelled", "bot: Root_Menu"]);
                break;
        }
        return string.Join('\n', lines);
    }

    private static string Answer(PromptCase prompt, string language) => language == "de" ? prompt.De : prompt.En;

    private static string Name(string ask) => ask.Split('(')[0].Replace("Profile_", "", StringComparison.Ordinal);
}
