using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.German;

/// <summary>German number words: cardinals 0–99, ordinals 1–31 with all endings, and fractions like "fünfeinhalb".</summary>
internal static class GermanNumbers
{
    private static readonly string[] Units =
    [
        "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
        "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
    ];

    private static readonly string[] Tens = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];

    public static readonly Words<int> Cardinals = new(CardinalEntries());

    public static readonly Words<int> Ordinals = new(OrdinalEntries());

    /// <summary>A number written as digits, a word, or "eine", plus "anderthalb"/"fünfeinhalb" style fractions.</summary>
    public const string NumberPattern =
        @"\d+(?:[.,]\d+)?|anderthalb|eineinhalb|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)einhalb|ein(?:e[mnrs]?)?|";

    public static string Number => NumberPattern + Cardinals.Pattern;

    public static decimal? Parse(string text)
    {
        if (text.Length == 0)
            return null;
        if (char.IsDigit(text[0]))
            return Digits.Decimal(text);
        if (text == "anderthalb")
            return 1.5m;
        if (text.EndsWith("einhalb", StringComparison.Ordinal))
            return Parse(text[..^"einhalb".Length] is "ein" ? "eins" : text[..^"einhalb".Length]) + 0.5m;
        if (text is "ein" or "eine" or "einen" or "einem" or "einer" or "eines")
            return 1;
        return Cardinals.TryGet(text, out var v) ? v : null;
    }

    public static string Cardinal(int n) => n switch
    {
        < 20 => Units[n],
        _ when n % 10 == 0 => Tens[n / 10],
        _ => (n % 10 == 1 ? "ein" : Units[n % 10]) + "und" + Tens[n / 10],
    };

    private static IEnumerable<KeyValuePair<string, int>> CardinalEntries()
    {
        for (var n = 0; n < 100; n++)
        {
            var word = Cardinal(n);
            yield return new(word, n);
            if (word.Contains('ß', StringComparison.Ordinal))
                yield return new(word.Replace("ß", "ss", StringComparison.Ordinal), n);
        }
    }

    private static string OrdinalStem(int n) => n switch
    {
        1 => "erst",
        3 => "dritt",
        7 => "siebt",
        8 => "acht",
        < 20 => Units[n] + "t",
        _ => Cardinal(n) + "st",
    };

    private static IEnumerable<KeyValuePair<string, int>> OrdinalEntries()
    {
        for (var n = 1; n <= 31; n++)
        {
            foreach (var ending in (string[])["e", "en", "er", "es", "em"])
            {
                var word = OrdinalStem(n) + ending;
                yield return new(word, n);
                if (word.Contains('ß', StringComparison.Ordinal))
                    yield return new(word.Replace("ß", "ss", StringComparison.Ordinal), n);
            }
        }
    }
}
