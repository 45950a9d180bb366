using System.Text.RegularExpressions;

namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>
/// Numeric and mixed date formats shared by the languages: ISO "2016-10-16", compact "20170302", and month names
/// between numbers in any order ("23/Sep/2020", "2020-aug-1", "September-2020-23").
/// </summary>
internal static class NumericDates
{
    public static IEnumerable<AtomRule> Rules(string monthPattern, Func<string, int?> month, bool dayFirst, bool allowTrailingDot)
    {
        var m = $"(?<month>{monthPattern})";
        var dot = allowTrailingDot ? @"\.?" : "";
        Builder build = (match, reference) => Build(match, month, reference);
        return
        [
            Rx.Atom(@"(?<![\d.]|\d-)(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})(?![\w-]|\.\d)", (match, r) => Build(match, Digits.Int, r)),
            Rx.Atom(@"(?<![\w.-])(?<year>\d{4})/(?<month>\d{1,2})/(?<day>\d{1,2})(?![\w/]|\.\d)", (match, r) => Build(match, Digits.Int, r)),
            Rx.Atom(@"(?<![\d])(?<year>(?:19|20)\d{2})(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])(?!\d)", (match, r) => Build(match, Digits.Int, r)),
            Rx.Atom($@"\b{m}[-/](?<year>\d{{4}})[-/](?<day>\d{{1,2}})(?!\d){dot}", build),
            Rx.Atom($@"(?<![\w.])(?<year>\d{{4}})[-/](?<day>\d{{1,2}})[-/]{m}\b", build),
            Rx.Atom($@"(?<![\w.])(?<day>\d{{1,2}})[-/]{m}[-/](?<year>\d{{4}})(?!\d)", build),
            Rx.Atom($@"(?<![\w.])(?<day>\d{{1,2}})[-/](?<year>\d{{4}})[-/]{m}\b", build),
            Rx.Atom($@"(?<![\w.])(?<year>\d{{4}})[-/]{m}[-/](?<day>\d{{1,2}})(?!\d)", build),
            Rx.Atom($@"\b{m}[-/](?<day>\d{{1,2}})[-/](?<year>\d{{4}})(?!\d)", build),
            Rx.Atom(dayFirst
                ? @"(?<![\w./-])(?<day>\d{1,2})-(?<month>\d{1,2})-(?<year>\d{4})(?![\w-])"
                : @"(?<![\w./]|(?<!\d{4})-)(?<month>\d{1,2})-(?<day>\d{1,2})-(?<year>\d{4})(?!\w|-\d{3})", (match, r) => Build(match, Digits.Int, r)),
        ];
    }

    private static DateEntity? Build(Match match, Func<string, int?> month, System.DateTime reference) =>
        Dates.FromParts(Digits.Int(match.G("year")), month(match.G("month")), Digits.Int(match.G("day")), reference);
}
