using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Dutch;

/// <summary>Dutch number words: cardinals 0–99 ("tweeëntwintig"), ordinals 1–31 ("eenentwintigste", "22e"), "anderhalf".</summary>
internal static class DutchNumbers
{
    private static readonly string[] Units =
    [
        "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
        "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
    ];

    private static readonly string[] Tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];

    public static readonly Words<int> Cardinals = new(CardinalEntries());

    public static readonly Words<int> Ordinals = new(OrdinalEntries());

    public static string Number => $@"\d+(?:[.,]\d+)?|anderhalf|een\s+paar|paar|enige|enkele|één|{Cardinals.Pattern}";

    public static decimal? Parse(string text)
    {
        if (text.Length == 0)
            return null;
        if (char.IsDigit(text[0]))
            return Digits.Decimal(text);
        return text switch
        {
            "anderhalf" => 1.5m,
            "één" => 1,
            "enige" or "enkele" => 3,
            _ when text.EndsWith("paar", StringComparison.Ordinal) => 2,
            _ => Cardinals.TryGet(text, out var v) ? v : null,
        };
    }

    private static string Cardinal(int n) => n switch
    {
        < 20 => Units[n],
        _ when n % 10 == 0 => Tens[n / 10],
        _ => Units[n % 10] + (Units[n % 10].EndsWith('e') ? "ën" : "en") + Tens[n / 10],
    };

    private static IEnumerable<KeyValuePair<string, int>> CardinalEntries()
    {
        for (var n = 0; n < 100; n++)
        {
            yield return new(Cardinal(n), n);
            if (Cardinal(n).Contains('ë', StringComparison.Ordinal))
                yield return new(Cardinal(n).Replace('ë', 'e'), n);
        }
    }

    private static string Ordinal(int n) => n switch
    {
        1 => "eerste",
        3 => "derde",
        8 => "achtste",
        < 20 => Units[n] + "de",
        _ => Cardinal(n) + "ste",
    };

    private static IEnumerable<KeyValuePair<string, int>> OrdinalEntries()
    {
        for (var n = 1; n <= 31; n++)
        {
            yield return new(Ordinal(n), n);
            if (Ordinal(n).Contains('ë', StringComparison.Ordinal))
                yield return new(Ordinal(n).Replace('ë', 'e'), n);
        }
    }
}
