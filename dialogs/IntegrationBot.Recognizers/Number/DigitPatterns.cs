using System.Text.RegularExpressions;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Digit literals per number format. Each pattern takes, in this order: a mixed fraction ("- 1 4/5"), a
/// fraction ("3/4", but not after "222-" as in phone numbers), a grouped or plain integer with decimals, and a
/// decimal with no integer part (",08"). A power ("1,1^23", "-12e-1") or scale suffix ("10k", "1,2b") may follow.
/// Nothing may touch a letter: "29km" and "180ml" are no numbers.
/// </summary>
internal static partial class DigitPatterns
{
    private const string Lead = @"(?<![\p{L}\p{N}])";
    private const string Sign = @"(?:(?<sign>-)\s?)?";
    private const string Fraction = @"(?:(?<whole>\d+)\s{1,2}(?:e\s)?(?<num>\d+)\s*/\s*(?<den>\d+)|(?<!\d-)(?<num>\d+)\s*/\s*(?<den>\d+))";
    private const string Power = @"(?:\^(?<pow>[+-]*\d+)|[eE](?<exp>[+-]?\d+))?";
    private const string Suffix = @"(?:\s{0,2}(?<sfx>k|K|M|G|T|B|b|bln|mln|tln|mrd|Mrd))?";
    private const string Tail = @"(?![\p{L}\p{N}])";
    private const string Space = @"\u00a0\u202f ";

    // English: "1,234,567.89", "1 234 567", "1,3" (a decimal comma when it cannot be a group), ".25".
    private const string PointInteger =
        @"(?:(?<!\d,)(?<int>\d+),(?<frac>\d{1,2})(?![\d,])|(?<int>[1-9]\d{0,2}(?:(?<g>[," + Space + @"])\d{3}(?!\d))(?:\k<g>\d{3}(?!\d))*|\d+)(?:(?<!\d\.\d+)\.(?<frac>\d+)(?!\.\d))?|(?<!\d)\.(?<frac>\d+))";

    // German, French, Dutch, ...: "1.234.567,89", "1 234 567,89", ",08".
    private const string CommaInteger =
        @"(?:(?<int>[1-9]\d{0,2}(?:(?<g>[." + Space + @"])\d{3}(?!\d))(?:\k<g>\d{3}(?!\d))*|\d+)(?:,(?<frac>\d+))?|(?<!\d),(?<frac>\d+))";

    // Spanish also reads the English format and a decimal point that cannot be a group ("0.0638", "1111.13").
    private const string SpanishInteger =
        @"(?:(?<int>[1-9]\d{0,2}(?:,\d{3}(?!\d))+)\.(?<frac>\d+)|(?<int>[1-9]\d{0,2}(?:(?<g>[." + Space + @"])\d{3}(?!\d))(?:\k<g>\d{3}(?!\d))*)(?:,(?<frac>\d+))?|(?<!\d\.)(?<int>\d+)\.(?<frac>\d+)(?!\.\d)|(?<int>\d+)(?:,(?<frac>\d+))?|(?<!\d),(?<frac>\d+))";

    // Arabic and Persian: Arabic thousands sign or comma groups, Arabic decimal separator or comma; bidi marks
    // may surround the separators. Digits may follow a letter ("ال١٩٢"), and a reversed mixed fraction "١/٤ ٢".
    private const string Bidi = @"[\u200e\u200f\u202a-\u202e]*";
    private const string ArabicInteger =
        @"(?:(?<int>\d{1,3}(?:" + Bidi + @"[،٬]" + Bidi + @"\d{3}(?!\d))+|\d+)(?:" + Bidi + @"[,٫]" + Bidi + @"(?<frac>\d+))?)";
    private const string ArabicFraction = @"(?:(?<num>\d+)/(?<den>\d+)\s(?<whole>\d+)|" + Fraction + ")";

    [GeneratedRegex(Lead + Sign + "(?:" + Fraction + "|" + PointInteger + Power + Suffix + ")" + Tail, RegexOptions.CultureInvariant)]
    public static partial Regex Point();

    [GeneratedRegex(Lead + Sign + "(?:" + Fraction + "|" + CommaInteger + Power + Suffix + ")" + Tail, RegexOptions.CultureInvariant)]
    public static partial Regex Comma();

    [GeneratedRegex(Lead + Sign + "(?:" + Fraction + "|" + SpanishInteger + Power + Suffix + ")" + Tail, RegexOptions.CultureInvariant)]
    public static partial Regex Spanish();

    [GeneratedRegex(@"(?<![\p{N}])" + Sign + "(?:" + ArabicFraction + "|" + ArabicInteger + Power + Suffix + ")" + Tail, RegexOptions.CultureInvariant)]
    public static partial Regex Arabic();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<sign>-)\s?)?(?<whole>\d+)?(?<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])", RegexOptions.CultureInvariant)]
    public static partial Regex Vulgar();

    public static Regex For(string language) => language switch
    {
        Culture.English => Point(),
        Culture.Spanish => Spanish(),
        Culture.Arabic or Culture.Persian => Arabic(),
        _ => Comma(),
    };
}
