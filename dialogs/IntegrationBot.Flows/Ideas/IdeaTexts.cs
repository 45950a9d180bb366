using IntegrationBot.Domain.Events;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Flows.Events;
using IntegrationBot.Ideas;

namespace IntegrationBot.Flows.Ideas;

/// <summary>The idea flow's composed texts: field choices, the summary, short quotes of other ideas.</summary>
public static class IdeaTexts
{
    /// <summary>Longest idea, over all its messages (the same as the engine's longest message by default).</summary>
    public const int MaxLength = 4000;

    private const int QuoteLength = 80;

    public static IReadOnlyList<Choice> FieldChoices { get; } =
        [.. Handlungsfelder.All.Select(code => new Choice(code, EventGlossary.FieldName(code)))];

    public static Text Summary(IdeaDraft draft, IBotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(texts);
        var field = texts[EventGlossary.FieldName(draft.Field!)];
        var neighbourhood = draft.Neighbourhood ?? texts["Idea_NotGiven", []];
        return draft.Named
            ? Text.Of("Idea_Summary", field, draft.Text!, neighbourhood, draft.Name ?? string.Empty, draft.Contact ?? texts["Idea_NotGiven", []])
            : Text.Of("Idea_Summary_Anonymous", field, draft.Text!, neighbourhood);
    }

    /// <summary>"Already suggested: …" with a short quote and the field of each similar idea.</summary>
    public static Text Similar(IReadOnlyList<Idea> ideas, IBotTexts texts, IPromptRecognizers recognizers)
    {
        ArgumentNullException.ThrowIfNull(ideas);
        ArgumentNullException.ThrowIfNull(texts);
        var lines = ideas.Select(i => texts["Idea_Similar_Line", Quote(i, recognizers), texts[EventGlossary.FieldName(i.Field)]]);
        return Text.Of("Idea_Similar", string.Join('\n', lines));
    }

    /// <summary>
    /// Someone else's idea as it may be shown: the redacted text once the analysis ran; before that the original with
    /// e-mail addresses and phone numbers cut out, so a fresh idea does not hand its author's contact to strangers.
    /// </summary>
    public static string Quote(Idea idea, IPromptRecognizers recognizers)
    {
        ArgumentNullException.ThrowIfNull(idea);
        ArgumentNullException.ThrowIfNull(recognizers);
        var text = idea.RedactedText ?? idea.Text;
        if (idea.RedactedText is null)
        {
            // The recognizers return the first match as written; a normalised match that is not in the text ends the loop.
            for (var guard = 0; guard < 10 && (recognizers.Email(text) ?? recognizers.Phone(text)) is { Length: > 0 } found
                && text.Contains(found, StringComparison.Ordinal); guard++)
            {
                text = text.Replace(found, "…", StringComparison.Ordinal);
            }
        }
        return FirstWords(text, QuoteLength);
    }

    /// <summary>The text on one line, cut at a word boundary to at most <paramref name="max"/> characters.</summary>
    public static string FirstWords(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= max)
            return line;
        var cut = line.LastIndexOf(' ', max - 1);
        return line[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', '.', ';', ':') + "…";
    }
}
