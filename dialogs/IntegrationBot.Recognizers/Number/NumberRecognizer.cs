namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Numbers written with digits or words, in each language's number format: "1.234,5" and "zwei Komma drei"
/// in German, "1,234.5" and "one hundred and sixteen" in English. Values come back in the culture's format
/// ("0,5" in German), as the specs expect; <see cref="TryParseNumber"/> gives the plain value.
/// </summary>
public static class NumberRecognizer
{
    public const string TypeName = "number";

    public static IReadOnlyList<ModelResult> Recognize(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var language = NumberLanguages.Get(culture);
        if (language is null || text.Length == 0)
            return [];
        var found = NumberScanner.Scan(text, language);
        var results = new List<ModelResult>(found.Count);
        foreach (var number in found)
        {
            results.Add(new ModelResult(text[number.Start..number.End], number.Start, number.End - 1, TypeName,
                new NumberResolution(NumberFormat.Format(number.Value, language.Code), number.Subtype)));
        }
        return results;
    }

    /// <summary>The first number in <paramref name="text"/> as a plain value: 2.5 for "zweieinhalb".</summary>
    public static bool TryParseNumber(string text, string culture, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var language = NumberLanguages.Get(culture);
        var found = language is null ? [] : NumberScanner.Scan(text, language);
        value = found.Count > 0 ? found[0].Value : 0;
        return found.Count > 0;
    }
}
