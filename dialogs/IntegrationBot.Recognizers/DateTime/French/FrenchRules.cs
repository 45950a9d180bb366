using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.French;

/// <summary>French days, months, weeks and relative expressions ("le 14 mai", "mardi prochain", "la semaine prochaine").</summary>
internal static class FrenchRules
{
    private static readonly string M = FrenchWords.Month;
    private const string Wd = FrenchWords.Weekday;
    private const string Next = "(?:prochaine?|suivante?)";
    private const string Last = "(?:dernière|derniere|dernier|passée?|precedente?|précédente?)";
    private const string WdShort = @"(?:lun|mar|mer|jeu|ven|sam|dim)\.";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.])(?:(?<wd>{Wd}|{WdShort})\s+)?(?<day>\d{{1,2}})(?:er)?\s+(?<month>{M})\b\.?(?:\s+(?<year>\d{{4}}))?", DayMonth),
        Rx.Atom($@"\b(?:(?<wd>{Wd})\s+)?(?<dayw>{FrenchWords.Numbers.Pattern}|premier)\s+(?<month>{M})\b(?:\s+(?<year>\d{{4}}))?", DayMonth),
        Rx.Atom($@"(?<![\w./])(?:(?<wd>{Wd})\s+)?(?<day>\d{{1,2}})/(?<mn>\d{{1,2}})(?:/(?<year2>\d{{4}}|\d{{2}}))?(?![\w/])", DayMonth),
        Rx.Atom(@"(?<![\w.])(?<day>\d{1,2})\s(?<mn>\d{1,2})\s(?<year>\d{4})\b", DayMonth),
        .. NumericDates.Rules(M, ParseMonth, dayFirst: true, allowTrailingDot: false),
        Rx.Atom($@"\b(?<month>{M})/(?<day>\d{{1,2}})\b", DayMonth),
        Rx.Atom(@"\b(?<rel>aujourd'hui|aujourd’hui|demain|lendemain|après-demain|apres-demain|hier|avant-hier)\b", RelativeDay),
        Rx.Atom($@"\b(?:(?<this>cette|ce)\s+)?(?<wd>{Wd})(?:\s+(?<rel>{Next}|{Last}))?\b", Weekday),
        Rx.Atom(@"(?<=\ble\s)(?<day>\d{1,2})\b(?!\s*(?:h\b|heures?|:|/|[.,]\d))", (m, r) => CalendarMath.DayOfMonth(Digits.Int(m.G("day"))!.Value, r)),
        Rx.Atom($@"\ble\s+(?<dayw>{FrenchWords.Numbers.Pattern})\s+(?<wd>{Wd})\b", (m, r) =>
            CalendarMath.TryDate(r.Year, r.Month, FrenchWords.Numbers.Get(m.G("dayw"))) is { } d ? DateEntity.Definite(d) : null),
        Rx.Atom($@"\b(?:(?<this>cette|ce)\s+)?(?<month>janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\b(?!\s*\d)", Month),
        Rx.Atom($@"\b(?<month>{M})\s+(?<year>\d{{4}})\b", Month),
        Rx.Atom(@"(?<![\w.,/-])(?<year>\d{4})-(?<mn>\d{1,2})(?![\w-]|\.\d)", (m, r) => Digits.Int(m.G("mn")) is { } mn && mn is >= 1 and <= 12 ? CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, mn) : null),
        Rx.Atom($@"\b(?:la\s+|le\s+|l['’])?(?:(?<this>cette|ce|cet)\s+)?(?<what>semaine|mois|année|annee|an|week-end|weekend)(?:\s+(?<rel>{Next}|{Last}))?\b", Period),
        Rx.Atom($@"(?<![\w.,:/-])(?<year>(?:19|20)\d{{2}})(?![\w]|[.,:/-]\d)", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value) with { WrittenYear = true }),
        Rx.Atom(@"\bles\s+années\s+(?<year>(?:19|20)\d0)\b", (m, r) =>
        {
            var start = new System.DateTime(Digits.Int(m.G("year"))!.Value, 1, 1);
            return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(start.AddYears(10))},P10Y)", start, start.AddYears(10), Granularity.Year);
        }),
        Rx.Atom($@"\b(?<num>{FrenchWords.Number})\s+(?<rel>derniers|dernières|dernieres|prochains|prochaines)\s+(?<unit>{FrenchWords.Units2.Pattern})\b", NextUnits),
        Rx.Atom($@"\b(?<rel>dernière|derniere)\s+(?<unit>minute|heure)\b", NextUnits),
        Rx.Atom($@"\b(?<d1>\d{{1,2}})\s*-\s*(?<d2>\d{{1,2}})\s+mois\s+(?<rel>{Next}|{Last})\b", DayToDay),
        Rx.Atom($@"\b(?<month>{M})\s+(?<d1>\d{{1,2}})\s*-\s*(?<d2>\d{{1,2}})\b", DayToDay),
        Rx.Atom($@"\b(?:dans|en)\s+(?<num>{FrenchWords.Number})\s+(?<unit>{FrenchWords.Units2.Pattern})\b", (m, r) => Shift(m, r, 1)),
        Rx.Atom($@"\bil\s+y\s*a\s+(?:à\s+peu\s+près\s+)?(?<num>{FrenchWords.Number})\s+(?<unit>{FrenchWords.Units2.Pattern})\b", (m, r) => Shift(m, r, -1)),
    ];

    public static int? ParseMonth(string text) => Digits.Int(text) ?? (FrenchWords.Months.TryGet(text.TrimEnd('.'), out var m) ? m : null);

    private static Entity? DayMonth(Match m, System.DateTime reference)
    {
        int? day = m.Has("day") ? Digits.Int(m.G("day")) : m.G("dayw") == "premier" ? 1 : FrenchWords.Numbers.TryGet(m.G("dayw"), out var w) ? w : null;
        var month = m.Has("mn") ? Digits.Int(m.G("mn")) : ParseMonth(m.G("month"));
        int? year = m.Has("year") ? Digits.Int(m.G("year")) : m.Has("year2") ? CalendarMath.ExpandYear(Digits.Int(m.G("year2"))!.Value, m.G("year2").Length) : null;
        return Dates.FromParts(year, month, day, reference);
    }

    private static Entity? RelativeDay(Match m, System.DateTime reference) => DateEntity.Definite(reference.Date.AddDays(m.G("rel") switch
    {
        "demain" or "lendemain" => 1,
        "après-demain" or "apres-demain" => 2,
        "hier" => -1,
        "avant-hier" => -2,
        _ => 0,
    }));

    public static Entity? Weekday(Match m, System.DateTime reference)
    {
        if (!FrenchWords.Weekdays.TryGet(m.G("wd"), out var day))
            return null;
        if (m.Has("rel"))
            return CalendarMath.WeekdayInWeek(day, Regex.IsMatch(m.G("rel"), "^(?:prochain|suivant)") ? 1 : -1, reference);
        return m.Has("this") ? CalendarMath.WeekdayInWeek(day, 0, reference) : CalendarMath.Weekday(day, reference);
    }

    private static Entity? Month(Match m, System.DateTime reference)
    {
        if (ParseMonth(m.G("month")) is not { } month)
            return null;
        if (m.Has("year"))
            return CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, month);
        return m.Has("this") ? CalendarMath.MonthOfYear(reference.Year, month) : CalendarMath.Month(month, reference);
    }

    private static Entity? Period(Match m, System.DateTime reference)
    {
        if (!m.Has("this") && !m.Has("rel"))
            return null;
        var offset = !m.Has("rel") ? 0 : Regex.IsMatch(m.G("rel"), "^(?:prochain|suivant)") ? 1 : -1;
        var shifted = reference.AddMonths(offset);
        return m.G("what") switch
        {
            "semaine" => CalendarMath.Week(reference.AddDays(7 * offset)),
            "week-end" or "weekend" => CalendarMath.Weekend(reference.AddDays(7 * offset)),
            "mois" => CalendarMath.MonthOfYear(shifted.Year, shifted.Month),
            _ => CalendarMath.Year(reference.Year + offset),
        };
    }

    private static Entity? NextUnits(Match m, System.DateTime reference)
    {
        var amount = m.Has("num") ? FrenchWords.Parse(m.G("num")) : 1;
        if (amount is not { } n || !FrenchWords.Units2.TryGet(m.G("unit"), out var unit))
            return null;
        var sign = m.G("rel").StartsWith("prochain", StringComparison.Ordinal) ? 1 : -1;
        if (sign < 0 && unit == DurationUnit.Month)
        {
            var start = new System.DateTime(reference.Year, reference.Month, 1).AddMonths(-(int)n);
            return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(reference.Date)},P{n}M)", start, reference.Date, Granularity.Day);
        }
        return Dates.Following(DurationEntity.Of(unit, n), sign, reference);
    }

    private static Entity? DayToDay(Match m, System.DateTime reference)
    {
        int? year = null;
        var month = ParseMonth(m.G("month"));
        if (m.Has("rel"))
        {
            var shifted = reference.AddMonths(Regex.IsMatch(m.G("rel"), "^(?:prochain|suivant)") ? 1 : -1);
            (year, month) = (shifted.Year, shifted.Month);
        }
        var from = Dates.FromParts(year, month, Digits.Int(m.G("d1")), reference);
        var to = Dates.FromParts(year, month, Digits.Int(m.G("d2")), reference);
        return from is null || to is null ? null : Merges.DateRange(from, to, reference);
    }

    private static Entity? Shift(Match m, System.DateTime reference, int sign) =>
        FrenchWords.Parse(m.G("num")) is { } n && FrenchWords.Units2.TryGet(m.G("unit"), out var unit)
            ? Dates.Shift(DurationEntity.Of(unit, n), sign, reference)
            : null;
}
