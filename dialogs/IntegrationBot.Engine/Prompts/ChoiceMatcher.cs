using System.Globalization;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Prompts;

/// <summary>
/// Finds the choice a user meant: a clicked button, the title or a synonym typed out, a number ("2"), an ordinal
/// ("the second", "den letzten") or an unambiguous part of a title ("Workshop" when only one title contains it).
/// </summary>
public static class ChoiceMatcher
{
    public static Choice? Match(IReadOnlyList<Choice> choices, PromptInput input, IBotTexts texts, IPromptRecognizers recognizers, string culture)
    {
        if (input.Choice is { } clicked)
            return choices.FirstOrDefault(c => c.Value == clicked);

        var said = Normalize(input.Text);
        if (said.Length == 0)
            return null;

        foreach (var choice in choices)
        {
            if (said == Normalize(texts[choice.Title]) || said == Normalize(choice.Value) || Synonyms(choice, texts).Contains(said))
                return choice;
        }

        if (recognizers.Position(input.Text, culture, choices.Count) is { } position && position >= 1 && position <= choices.Count)
            return choices[position - 1];

        if (said.Length >= 3)
        {
            var partial = choices.Where(c => Normalize(texts[c.Title]).Contains(said, StringComparison.Ordinal)
                || said.Contains(Normalize(texts[c.Title]), StringComparison.Ordinal)).Take(2).ToList();
            if (partial.Count == 1)
                return partial[0];
        }
        return null;
    }

    private static HashSet<string> Synonyms(Choice choice, IBotTexts texts) =>
        choice.SynonymsKey is null
            ? []
            : [.. texts[choice.SynonymsKey, []].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalize)];

    /// <summary>Lower case, trimmed, without surrounding punctuation and quotes, inner white space folded.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        var trimmed = text.Trim().Trim('.', '!', '?', '„', '“', '"', '\'', '«', '»', '؟', '،', ':', ';', ',').Trim();
        return string.Join(' ', trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
    }
}
