using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>English number words: cardinals 0–99 ("twenty-one", "twenty one"), ordinals 1–31, year words.</summary>
internal static class EnglishNumbers
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] OrdinalUnits =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    public static readonly Words<int> Cardinals = new(CardinalEntries());

    public static readonly Words<int> Ordinals = new(OrdinalEntries());

    /// <summary>
    /// Digits (with decimals), words, "a"/"an", "a couple", "a few". The number words are an atomic group: no shorter
    /// number word followed by what comes after a number (a unit, a month) can match where the longest one failed, and
    /// an atomic alternation lets the regex engine fold the words into a prefix tree (several times faster).
    /// </summary>
    public static string Number => $@"\d+(?:\.\d+)?|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|an?|(?>{Cardinals.Pattern})";

    /// <summary>Day of month as "14", "14th", "fourteenth", "twenty first".</summary>
    public static string Day => $@"(?:(?<day>\d{{1,2}})(?:st|nd|rd|th)?|(?<dayw>{Ordinals.Pattern}))";

    /// <summary>A year as digits or words: "1995", "nineteen hundred ninety three", "two thousand and fifteen".</summary>
    public static string YearWords =>
        $@"(?:(?:{Cardinals.Pattern})\s+hundred(?:\s+(?:and\s+)?(?:{Cardinals.Pattern}))?|two\s+thousand(?:\s+(?:and\s+)?(?:{Cardinals.Pattern}))?)";

    public static decimal? Parse(string text)
    {
        if (text.Length == 0)
            return null;
        if (char.IsDigit(text[0]))
            return Digits.Decimal(text);
        if (text is "a" or "an")
            return 1;
        if (text.EndsWith("few", StringComparison.Ordinal))
            return 3;
        if (text.Contains("couple", StringComparison.Ordinal))
            return 2;
        return Cardinals.TryGet(System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "), out var v) ? v : null;
    }

    public static int? ParseDay(string digits, string word) =>
        digits.Length > 0 ? Digits.Int(digits) : Ordinals.TryGet(System.Text.RegularExpressions.Regex.Replace(word, @"[\s-]+", " "), out var d) ? d : null;

    public static int? ParseYearWords(string text)
    {
        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "and").ToArray();
        if (words.Length >= 2 && words[0] == "two" && words[1] == "thousand")
            return 2000 + (words.Length > 2 ? Parse(string.Join(' ', words[2..])) is { } rest ? (int)rest : -3000 : 0);
        var hundred = Array.IndexOf(words, "hundred");
        if (hundred > 0 && Parse(string.Join(' ', words[..hundred])) is { } centuries)
            return (int)centuries * 100 + (hundred + 1 < words.Length ? Parse(string.Join(' ', words[(hundred + 1)..])) is { } r ? (int)r : -3000 : 0);
        return null;
    }

    private static IEnumerable<string> Spellings(int n)
    {
        if (n < 20)
        {
            yield return Units[n];
            yield break;
        }
        if (n % 10 == 0)
        {
            yield return Tens[n / 10];
            yield break;
        }
        yield return Tens[n / 10] + "-" + Units[n % 10];
        yield return Tens[n / 10] + " " + Units[n % 10];
        yield return Tens[n / 10] + " and " + Units[n % 10];
    }

    private static IEnumerable<KeyValuePair<string, int>> CardinalEntries()
    {
        for (var n = 0; n < 100; n++)
        {
            foreach (var word in Spellings(n))
                yield return new(word, n);
        }
    }

    private static IEnumerable<KeyValuePair<string, int>> OrdinalEntries()
    {
        for (var n = 1; n <= 31; n++)
        {
            if (n < 20)
                yield return new(OrdinalUnits[n], n);
            else if (n % 10 == 0)
                yield return new(Tens[n / 10][..^1] + "ieth", n);
            else
            {
                yield return new(Tens[n / 10] + "-" + OrdinalUnits[n % 10], n);
                yield return new(Tens[n / 10] + " " + OrdinalUnits[n % 10], n);
            }
        }
    }
}
