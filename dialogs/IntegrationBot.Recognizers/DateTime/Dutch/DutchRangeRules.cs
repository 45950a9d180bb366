using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Dutch;

/// <summary>Ranges of days: "in mei", "volgende week", "dit weekend", "tussen 3 en 12 sept", "de komende 3 dagen".</summary>
internal static class DutchRangeRules
{
    private const string FullMonth = DutchWords.FullMonth;
    private static readonly string M = DutchWords.Month;
    private static readonly string R = DutchWords.Rel;
    private static readonly string Num = DutchNumbers.Number;
    private static readonly string Unit = DutchWords.Units.Pattern;

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.,:/$+-])(?:(?<pre>tussen|van)\s+)?(?<y1>(?:1\d|20)\d{{2}})\s*(?:-|~|tot(?:\s+en\s+met)?|en)\s*(?<y2>(?:1\d|20)\d{{2}})(?![\w]|[.,:/-]\d)", YearToYear),
        Rx.Atom($@"\b(?:(?<rel>{R}|aanstaande)\s+)?(?<month>{FullMonth})\b(?!\s*\.?\s*\d)", Month),
        Rx.Atom($@"\b(?<month>{M})\.?\s*(?:,\s*|/\s*|-\s*|van\s+|in\s+)?(?<year>\d{{4}})\b(?![/-]\d)", Month),
        Rx.Atom(@"\b(?:het\s+)?(?<ord>eerste|tweede|derde|vierde)\s+kwartaal\s+van\s+(?:het\s+jaar|(?<year>\d{4}))\b", Quarter),
        Rx.Atom($@"\b(?<rel>{R}|de|het)\s+(?<what>week|weekend|maand|jaar|kwartaal)\b(?!\s+(?:van\s+(?!dit\b)|beginnend|na\s+volgende|\d|(?:hoger|later|eerder|lager)\s+dan))", RelativePeriod),
        Rx.Atom(@"(?<![\w.,/-])(?<year>\d{4})-(?<mn>\d{1,2})(?![\w-]|\.\d)", (m, r) => Digits.Int(m.G("mn")) is { } mn && mn is >= 1 and <= 12 ? CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, mn) : null),
        Rx.Atom(@"\bde\s+week\s+na\s+volgende\b", (m, r) => CalendarMath.Week(r.AddDays(14))),
        Rx.Atom(@"\bweekend\b", (m, r) => CalendarMath.Weekend(r)),
        Rx.Atom(@"\bweek\s+(?<n>\d{1,2})\b", (m, r) => WeekRanges.WeekOfYear(Digits.Int(m.G("n"))!.Value, false, r.Year)),
        Rx.Atom(@"(?<![\w.,:/$+-]|\d\s?-\s?)(?<year>(?:19|20)\d{2})(?![\w]|[.,:/-]\d|\s*uur)", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value) with { WrittenYear = true }),
        Rx.Atom(@"\bjaar\s+(?<year>\d{4})\b", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value) with { WrittenYear = true }),
        Rx.Atom(@"\bjaar\s+tot\s+op\s+heden\b", (m, r) => DateRangeEntity.Definite(Format.Int(r.Year, 4), new System.DateTime(r.Year, 1, 1), r.Date, Granularity.Year)),
        Rx.Atom($@"\b(?<rel>volgende|komende|aankomende|vorige|afgelopen|laatste)\s+(?<num>{Num})\s+(?<unit>{Unit})\b", NextUnits),
        Rx.Atom($@"\b(?<num>{Num})\s+(?<rel>volgende|komende|aankomende|vorige|afgelopen)\s+(?<unit>{Unit})\b", NextUnits),
        Rx.Atom(@"\b(?<rel>komende|volgende|afgelopen)\s+(?<unit>weken|dagen|maanden|jaren)\b", NextUnits),
        Rx.Atom($@"\bbinnen\s+(?:de\s+)?(?:(?<rel>komende|volgende)\s+)?(?<num>{Num})\s+(?<unit>{Unit})\b", Within),
        Rx.Atom($@"\b(?:de\s+)?(?<ord>eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)\s+week\s+van\s+(?:(?<month>{M})\b(?:\s+(?<year>\d{{4}}))?|(?<year>\d{{4}}))", WeekOf),
        Rx.Atom($@"\b(?:(?<rel>{R})\s+)?(?<season>lente|voorjaar|zomer|herfst|najaar|winter)\b(?:\s+(?<year>\d{{4}}))?", Season),
        Rx.Atom($@"\b(?:(?<pre>van|tussen)\s+)?(?<d1>\d{{1,2}})(?:e|ste|de)?\s*(?<sep>-|tot(?:\s+en\s+met)?|en)\s*(?<d2>\d{{1,2}})(?:e|ste|de)?\s+(?:van\s+)?(?<month>{M})\b\.?(?:\s*,?\s*(?<year>\d{{4}}))?", DayToDay),
        Rx.Atom(@"\b(?<rel>volgende|vorige|deze)\s+maand\s+van\s+(?<d1>\d{1,2})\s*(?<sep>-|tot)\s*(?<d2>\d{1,2})\b", DayToDay),
    ];

    private static Entity? YearToYear(Match m, System.DateTime reference) => m.Value.Contains(" en ", StringComparison.Ordinal) && m.G("pre") != "tussen"
        ? null
        : Merges.DateRange(CalendarMath.Year(Digits.Int(m.G("y1"))!.Value), CalendarMath.Year(Digits.Int(m.G("y2"))!.Value), reference);

    private static Entity? Month(Match m, System.DateTime reference)
    {
        if (DutchWords.ParseMonth(m.G("month")) is not { } month)
            return null;
        if (m.Has("year"))
            return CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, month);
        if (m.G("rel") == "aanstaande")
        {
            var open = CalendarMath.Month(month, reference);
            return open with { Timex = Format.DateTimex(open.Future!.Value.Start.Year, month, null), Past = open.Future };
        }
        return m.Has("rel") && DutchWords.Relative.TryGet(m.G("rel"), out var offset)
            ? CalendarMath.MonthOfYear(reference.Year + offset, month)
            : CalendarMath.Month(month, reference);
    }

    private static Entity? RelativePeriod(Match m, System.DateTime reference)
    {
        var offset = DutchWords.Relative.TryGet(m.G("rel"), out var o) ? o : 0;
        var shifted = reference.AddMonths(offset);
        return m.G("what") switch
        {
            "week" => CalendarMath.Week(reference.AddDays(7 * offset)),
            "weekend" => CalendarMath.Weekend(reference.AddDays(7 * offset)),
            "maand" => CalendarMath.MonthOfYear(shifted.Year, shifted.Month),
            "jaar" => CalendarMath.Year(reference.Year + offset),
            _ => CalendarMath.Quarter(reference.AddMonths(3 * offset).Year, (reference.AddMonths(3 * offset).Month + 2) / 3),
        };
    }

    private static Entity? Quarter(Match m, System.DateTime reference)
    {
        var q = m.G("ord") switch { "eerste" => 1, "tweede" => 2, "derde" => 3, _ => 4 };
        if (m.Has("year"))
            return CalendarMath.Quarter(Digits.Int(m.G("year"))!.Value, q);
        var month = 3 * q - 2;
        var futureYear = 3 * q < reference.Month ? reference.Year + 1 : reference.Year;
        var pastYear = month > reference.Month ? reference.Year - 1 : reference.Year;
        DaySpan In(int y) => new(new System.DateTime(y, month, 1), new System.DateTime(y, month, 1).AddMonths(3));
        return new DateRangeEntity($"(XXXX-{Format.Int(month, 2)}-01,XXXX-{Format.Int(month + 3 > 12 ? 1 : month + 3, 2)}-01,P3M)",
            In(pastYear), In(futureYear), Granularity.Month);
    }

    private static Entity? NextUnits(Match m, System.DateTime reference)
    {
        var amount = m.Has("num") ? DutchNumbers.Parse(m.G("num")) : 1;
        if (amount is not { } n || !DutchWords.Units.TryGet(m.G("unit"), out var unit))
            return null;
        var sign = m.G("rel") is "vorige" or "afgelopen" or "laatste" ? -1 : 1;
        return Dates.Following(DurationEntity.Of(unit, n), sign, reference);
    }

    /// <summary>"binnen 9 maanden": from today until the duration has passed.</summary>
    private static Entity? Within(Match m, System.DateTime reference)
    {
        if (DutchNumbers.Parse(m.G("num")) is not { } n || !DutchWords.Units.TryGet(m.G("unit"), out var unit))
            return null;
        var duration = DurationEntity.Of(unit, n);
        if (duration.IsClockBased)
            return Dates.Within(duration, reference);
        var end = duration.AddTo(reference.Date);
        return DateRangeEntity.Definite($"({Format.Date(reference.Date)},{Format.Date(end)},{duration.Timex})", reference.Date, end, Granularity.Day);
    }

    private static Entity? WeekOf(Match m, System.DateTime reference)
    {
        var ord = m.G("ord");
        var n = ord switch { "eerste" or "1e" => 1, "tweede" or "2e" => 2, "derde" or "3e" => 3, "vierde" or "4e" => 4, _ => 5 };
        if (m.Has("month"))
            return WeekRanges.WeekOfMonth(n, ord == "laatste", DutchWords.ParseMonth(m.G("month")) ?? 0, m.Has("year") ? Digits.Int(m.G("year")) : null, reference);
        return WeekRanges.WeekOfYear(n, ord == "laatste", Digits.Int(m.G("year"))!.Value);
    }

    private static Entity? Season(Match m, System.DateTime reference)
    {
        var code = m.G("season") switch { "zomer" => "SU", "herfst" or "najaar" => "FA", "winter" => "WI", _ => "SP" };
        int? year = m.Has("year") ? Digits.Int(m.G("year"))
            : m.Has("rel") && DutchWords.Relative.TryGet(m.G("rel"), out var offset) ? reference.Year + offset : null;
        return Seasons.Create(code, year, reference);
    }

    private static Entity? DayToDay(Match m, System.DateTime reference)
    {
        if (m.G("sep") == "en" && m.G("pre") != "tussen")
            return null;
        var (d1, d2) = (Digits.Int(m.G("d1")), Digits.Int(m.G("d2")));
        int year;
        int? month;
        if (m.Has("rel"))
        {
            var shifted = reference.AddMonths(DutchWords.Relative.Get(m.G("rel")));
            (year, month) = (shifted.Year, shifted.Month);
            return Dates.FromParts(year, month, d1, reference) is { } a && Dates.FromParts(year, month, d2, reference) is { } b
                ? Merges.DateRange(a, b, reference)
                : null;
        }
        int? written = m.Has("year") ? Digits.Int(m.G("year")) : null;
        month = DutchWords.ParseMonth(m.G("month"));
        var from = Dates.FromParts(written, month, d1, reference);
        var to = Dates.FromParts(written, month, d2, reference);
        return from is null || to is null ? null : Merges.DateRange(from, to, reference);
    }
}
