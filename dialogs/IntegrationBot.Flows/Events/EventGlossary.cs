using IntegrationBot.Domain.Events;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Flows.Events;

/// <summary>Names, descriptions and search words of kinds, Handlungsfelder and months, read from the glossary resx in the current language.</summary>
public static class EventGlossary
{
    public static Text KindName(EventKind kind) => Text.Of("Glossary_Kind_" + kind);

    public static Text FieldName(string code) => Text.Of("Glossary_Field_" + code);

    /// <summary>One plain-language sentence on what the Handlungsfeld covers (e.g. when the idea flow suggests it).</summary>
    public static Text FieldDescription(string code) => Text.Of("Glossary_Field_" + code + "_Description");

    /// <summary>The kinds a question mentions ("Fachforen im Herbst" → Fachforum).</summary>
    public static IReadOnlyList<EventKind> KindsIn(string question, IBotTexts texts) =>
        [.. Enum.GetValues<EventKind>().Where(kind => Mentions(question, texts["Glossary_Kind_" + kind + "_Words", []]))];

    /// <summary>The Handlungsfelder a question mentions ("Bildung" → bildung-sprachen).</summary>
    public static IReadOnlyList<string> FieldsIn(string question, IBotTexts texts) =>
        [.. Handlungsfelder.All.Where(code => Mentions(question, texts["Glossary_Field_" + code + "_Words", []]))];

    /// <summary>Month numbers (1-12) named in the question, for languages the date recognizer does not cover.</summary>
    public static IReadOnlyList<int> MonthsIn(string question, IBotTexts texts)
    {
        var months = texts["Glossary_Months", []].Split('|');
        return [.. Enumerable.Range(1, Math.Min(12, months.Length)).Where(m => Mentions(question, months[m - 1]))];
    }

    /// <summary>True when a ';'-separated word (or word stem ending in '*') occurs in the question as a whole word.</summary>
    public static bool Mentions(string question, string words)
    {
        var said = " " + string.Join(' ', ChoiceMatcher.Normalize(question)
            .Split([' ', ',', '.', '?', '!', '؟', '،', '"', '„', '“'], StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var raw in words.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var word = raw.ToLowerInvariant();
            var found = word.EndsWith('*')
                ? said.Contains(" " + word[..^1], StringComparison.Ordinal)
                : said.Contains(" " + word + " ", StringComparison.Ordinal);
            if (found)
                return true;
        }
        return false;
    }
}
