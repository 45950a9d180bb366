using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.German;

/// <summary>Ranges of days: "im Mai", "nächste Woche", "dieses Jahr", "am Wochenende", "die nächsten 3 Tage", "vom 3. bis 5. März".</summary>
internal static class GermanRangeRules
{
    private const string FullMonth = "(?:januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember)";
    private static readonly string R = GermanWords.Rel;

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"\b(?:(?<rel>{R})\s+)?(?<month>{FullMonth})\b(?:\s+(?<year>\d{{4}})\b)?", Month),
        Rx.Atom($@"\b(?<rel>{R})\s+(?<what>woche|wochenende|monat|monats|jahr|jahres|quartal|quartals)\b", RelativePeriod),
        Rx.Atom(@"\b(?:des|dieses|diesen)\s+(?<what>monats|jahres)\b", (m, r) => Period(m.G("what"), 0, r)),
        Rx.Atom(@"(?<=\b(?:anfang|mitte|ende)\s)(?:der|dieser)\s+(?<what>woche)\b", (m, r) => Period(m.G("what"), 0, r)),
        Rx.Atom($@"\b(?:(?<pre>vom|von|zwischen\s+dem)\s+)(?<d1>\d{{1,2}})\.?\s*(?<sep>bis(?:\s+zum)?|und(?:\s+dem)?|-)\s*(?<d2>\d{{1,2}})\.?\s+(?:(?<rel>{R})|des)\s+monats\b", DaysOfMonth),
        Rx.Atom(@"\bwochenende\b", (m, r) => CalendarMath.Weekend(r)),
        Rx.Atom(@"\bjahr(?:es)?\s+(?<year>\d{4})\b", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value)),
        Rx.Atom(@"(?<![\w.,:/-])(?<year>(?:19|20)\d{2})(?![\w]|[.,:/-]\d|\s*uhr)", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value)),
        Rx.Atom($@"\b(?<rel>nächsten|kommenden|folgenden|letzten|vergangenen|vorigen)\s+(?<num>{GermanNumbers.Number})\s+(?<unit>{GermanWords.Unit})\b", NextUnits),
        Rx.Atom($@"\b(?:der\s+|die\s+)?(?<ord>erste|zweite|dritte|vierte|fünfte|letzte)[nr]?\s+woche\s+(?:im|des|von)\s+(?<month>{FullMonth})\b(?:\s+(?<year>\d{{4}})\b)?", WeekOfMonth),
        Rx.Atom($@"\b(?:der\s+|die\s+)?(?<ord>erste|zweite|dritte|vierte|fünfte|letzte)[nr]?\s+woche\s+(?:(?<rel>{R})|des)\s+monats\b", WeekOfMonth),
        Rx.Atom($@"\b(?:(?<rel>{R})\s+)?(?<season>frühling|frühjahr|sommer|herbst|winter)\b(?:\s+(?<year>\d{{4}})\b)?", Season),
        Rx.Atom($@"\b(?:(?<pre>vom|von|zwischen(?:\s+dem)?)\s+)?(?<d1>\d{{1,2}})\.?\s*(?<sep>bis(?:\s+zum)?|und(?:\s+dem)?|-|–)\s*(?<d2>\d{{1,2}})\.\s*(?<month>{GermanWords.Month})(?!\w)(?:\s+(?<year>\d{{4}})\b)?", DayToDay),
        Rx.Atom($@"\b(?:(?<pre>vom|von|zwischen(?:\s+dem)?)\s+)?(?<d1>\d{{1,2}})\.\s*(?<sep>bis(?:\s+zum)?|und(?:\s+dem)?|-|–)\s*(?<d2>\d{{1,2}})\.(?<month>\d{{1,2}})\.(?<year>\d{{4}})?", DayToDay),
        Rx.Atom($@"\b(?<month>{FullMonth})\s+(?<d1>\d{{1,2}})\s*(?<sep>-|–)\s*(?<d2>\d{{1,2}})\b", DayToDay),
    ];

    private static Entity? Month(Match m, System.DateTime reference)
    {
        if (!GermanWords.Months.TryGet(m.G("month"), out var month))
            return null;
        if (m.Has("year"))
            return CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, month);
        if (m.Has("rel") && GermanWords.Relative.TryGet(m.G("rel"), out var offset))
            return CalendarMath.MonthOfYear(reference.Year + offset, month);
        return CalendarMath.Month(month, reference);
    }

    private static Entity? RelativePeriod(Match m, System.DateTime reference) =>
        GermanWords.Relative.TryGet(m.G("rel"), out var offset) ? Period(m.G("what"), offset, reference) : null;

    public static Entity? Period(string what, int offset, System.DateTime reference) => what switch
    {
        "woche" => CalendarMath.Week(reference.AddDays(7 * offset)),
        "wochenende" => CalendarMath.Weekend(reference.AddDays(7 * offset)),
        "monat" or "monats" => MonthFrom(reference.AddMonths(offset)),
        "jahr" or "jahres" => CalendarMath.Year(reference.Year + offset),
        "quartal" or "quartals" => QuarterFrom(reference.AddMonths(3 * offset)),
        _ => null,
    };

    private static DateRangeEntity MonthFrom(System.DateTime day) => CalendarMath.MonthOfYear(day.Year, day.Month);

    private static DateRangeEntity QuarterFrom(System.DateTime day) => CalendarMath.Quarter(day.Year, (day.Month + 2) / 3);

    private static Entity? NextUnits(Match m, System.DateTime reference)
    {
        if (GermanNumbers.Parse(m.G("num")) is not { } amount || !GermanWords.Units.TryGet(m.G("unit"), out var unit))
            return null;
        var sign = m.G("rel") is "nächsten" or "kommenden" or "folgenden" ? 1 : -1;
        return Dates.Following(DurationEntity.Of(unit, amount), sign, reference);
    }

    private static Entity? WeekOfMonth(Match m, System.DateTime reference)
    {
        var n = m.G("ord") switch { "erste" => 1, "zweite" => 2, "dritte" => 3, "vierte" => 4, _ => 5 };
        var month = GermanWords.Months.Get(m.G("month"));
        int? year = m.Has("year") ? Digits.Int(m.G("year")) : null;
        if (!m.Has("month"))
        {
            var shifted = reference.AddMonths(m.Has("rel") ? GermanWords.Relative.Get(m.G("rel")) : 0);
            (month, year) = (shifted.Month, shifted.Year);
        }
        return WeekRanges.WeekOfMonth(n, m.G("ord") == "letzte", month, year, reference);
    }

    private static Entity? Season(Match m, System.DateTime reference)
    {
        var code = m.G("season") switch { "sommer" => "SU", "herbst" => "FA", "winter" => "WI", _ => "SP" };
        int? year = m.Has("year") ? Digits.Int(m.G("year"))
            : m.Has("rel") && GermanWords.Relative.TryGet(m.G("rel"), out var offset) ? reference.Year + offset : null;
        return Seasons.Create(code, year, reference);
    }

    private static Entity? DaysOfMonth(Match m, System.DateTime reference)
    {
        if (m.G("sep").StartsWith("und", StringComparison.Ordinal) && !m.G("pre").StartsWith("zwischen", StringComparison.Ordinal))
            return null;
        var month = reference.AddMonths(m.Has("rel") ? GermanWords.Relative.Get(m.G("rel")) : 0);
        var from = Dates.FromParts(month.Year, month.Month, Digits.Int(m.G("d1")), reference);
        var to = Dates.FromParts(month.Year, month.Month, Digits.Int(m.G("d2")), reference);
        return from is null || to is null ? null : Merges.DateRange(from, to, reference);
    }

    private static Entity? DayToDay(Match m, System.DateTime reference)
    {
        if (m.G("sep").StartsWith("und", StringComparison.Ordinal) && !m.G("pre").StartsWith("zwischen", StringComparison.Ordinal))
            return null;
        var month = GermanDateRules.ParseMonth(m.G("month"));
        int? year = m.Has("year") ? Digits.Int(m.G("year")) : null;
        var from = Dates.FromParts(year, month, Digits.Int(m.G("d1")), reference);
        var to = Dates.FromParts(year, month, Digits.Int(m.G("d2")), reference);
        return from is null || to is null ? null : Merges.DateRange(from, to, reference);
    }
}
