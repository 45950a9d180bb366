using System.Text.RegularExpressions;

namespace IntegrationBot.Recognizers.Ordinal;

/// <summary>Ordinals written with digits and each language's suffix: "21st", "3.", "1ère", "11°", "30'uncu".</summary>
internal static partial class DigitOrdinals
{
    private const string Lead = @"(?<![\p{L}\p{N}.,])";
    private const string Tail = @"(?![\p{L}\p{N}])";

    [GeneratedRegex(Lead + @"(?<n>\d+)(?:st|nd|rd|th)" + Tail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    // "die 3. Banane": a dot, then a space and a word; not a date like "14.05." nor a sentence end.
    [GeneratedRegex(Lead + @"(?<n>\d{1,4})\.(?=[ \u00a0]+\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex DotBeforeWord();

    [GeneratedRegex(Lead + @"(?<n>\d+)(?:ère|ere|re|er|ème|eme|e|nde|nd|de|d)" + Tail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex French();

    [GeneratedRegex(Lead + @"(?<n>\d+)(?:(?:\.?[ºª°])|ros?|ras?|dos?|das?|ers?|eros?|eras?|tos?|tas?|vos?|vas?|mos?|mas?|nos?|nas?|os?|as?)" + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spanish();

    [GeneratedRegex(Lead + @"(?<n>\d+)(?:[ºª°]|esim[oaie]|m[oaie]|[oaie])" + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Italian();

    [GeneratedRegex(Lead + @"(?<n>\d+)(?:[ºª°]|os?|as?)" + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Portuguese();

    [GeneratedRegex(Lead + @"(?<n>\d+)(?:ste|de|e)" + Tail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dutch();

    [GeneratedRegex(Lead + @"(?<n>\d+)['’]?(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)" + Tail, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Turkish();

    public static IEnumerable<Regex> For(string language) => language switch
    {
        Culture.English => [English()],
        Culture.German => [DotBeforeWord()],
        Culture.French => [French()],
        Culture.Spanish => [Spanish()],
        Culture.Italian => [Italian()],
        Culture.Portuguese => [Portuguese()],
        Culture.Dutch => [Dutch()],
        Culture.Turkish => [Turkish(), DotBeforeWord()],
        _ => [],
    };
}
