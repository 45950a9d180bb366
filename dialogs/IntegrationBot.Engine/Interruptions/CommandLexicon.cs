using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Engine.Interruptions;

/// <summary>
/// Recognises a command only when the whole message is the command ("Hilfe", "help!", "إلغاء") or it came from a
/// button; "Hilfe für Kinder" typed into an idea stays text. Words come from the resources of every shipped language
/// (key <c>Command_{Name}</c>, ';'-separated) and are built once.
/// </summary>
public sealed class CommandLexicon
{
    private readonly Lazy<Dictionary<string, Command>> _words;

    public CommandLexicon(IBotTexts texts) => _words = new(() => Build(texts));

    public Command? Recognize(PromptInput input)
    {
        if (input.Command is { } clicked && Enum.TryParse<Command>(clicked, ignoreCase: true, out var command))
            return command;
        var said = ChoiceMatcher.Normalize(input.Text);
        return said.Length > 0 && _words.Value.TryGetValue(said, out var found) ? found : null;
    }

    private static Dictionary<string, Command> Build(IBotTexts texts)
    {
        var words = new Dictionary<string, Command>(StringComparer.Ordinal);
        foreach (var command in Enum.GetValues<Command>())
        {
            foreach (var translation in texts.InAllLanguages("Command_" + command))
            {
                foreach (var word in translation.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    words.TryAdd(ChoiceMatcher.Normalize(word), command);
            }
        }
        return words;
    }
}
