using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>Ranges of days: "in May", "next week", "this weekend", "2018", "q1 2019", "the next 3 days", "between June 14 and 20".</summary>
internal static class EnglishRangeRules
{
    private static readonly string M = EnglishWords.Month;
    private const string MS = EnglishWords.SafeMonth;
    private static readonly string D = EnglishNumbers.Day;
    private const string Rel = "(?:next|last|previous|past|this|current|following|coming|upcoming|prior)";
    private static readonly string Num = EnglishNumbers.Number;
    private static readonly string Unit = EnglishWords.Units.Pattern;

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.,:/$+-])(?:(?:from|between)\s+)?(?<y1>(?:1\d|20)\d{{2}})\s*(?:-|~|to|through|thru|till|until|and)\s*(?<y2>(?:1\d|20)\d{{2}})(?![\w]|[.,:/-]\d)", YearToYear),
        Rx.Atom($@"(?<!\$)\b(?:(?<rel>{Rel})\s+)?(?<month>{MS})\b(?!\s*\.?\s*\d)", Month),
        Rx.Atom($@"\b(?<rel>next|last|previous|coming|following)\s+(?<month>may|mar)\b", Month),
        Rx.Atom($@"(?<=\b(?:from|between|since|until|till|in|during)\s)(?<month>may|mar)\b(?!\s*\.?\s*\d)", Month),
        Rx.Atom($@"\b(?<month>may|mar)(?=\s+(?:to|through|till|until|and|-)\s+{MS})", Month),
        Rx.Atom($@"\b(?<month>{M})\.?\s*(?:,\s*|of\s+|in\s+|/\s*|-\s*)?(?<year>\d{{4}})\b(?![/-]\d)", Month),
        Rx.Atom($@"(?<![\w/-])(?<year>\d{{4}})\s*(?:,\s*|-\s*|/\s*)?(?<month>{M})\b(?![/-]\d)", Month),
        Rx.Atom($@"\b(?<month>{M})\s+of\s+'?(?<year2>\d{{2}})\b", Month),
        Rx.Atom($@"\b(?<month>{M})\s+(?<yearw>{EnglishNumbers.YearWords})\b", Month).When(EnglishWords.Months.Trigger),
        Rx.Atom(@"(?<![\w.,/-])(?<mn>\d{1,2})-(?<year>\d{4})(?![\w-])", NumericMonth),
        Rx.Atom(@"(?<![\w.,/-])(?<year>\d{4})-(?<mn>\d{1,2})(?![\w-]|\.\d)", NumericMonth),
        Rx.Atom($@"\b(?<rel>{Rel}|the|same)\s+(?:calendar\s+)?(?<what>week|weekend|month|year|quarter|decade)\b(?!\s+(?:of\s+(?!the\s+year\b)|beginning|starting|\d))", RelativePeriod),
        Rx.Atom(@"\beoy\b", (m, r) => CalendarMath.Year(r.Year, "end")),
        Rx.Atom(@"\bweek\s+(?<n>\d{1,2})(?:\s+of\s+(?:(?<year>\d{4})|(?<rel>this|next|last)\s+year))?\b", WeekNumber),
        Rx.Atom($@"\b(?:the\s+)?(?<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+week\s+of\s+(?:(?<month>{M})\b\.?(?:\s+(?<year>\d{{4}}))?|(?<year>\d{{4}})|(?<rel>this|next|last)\s+(?<what>month|year))", WeekOf),
        Rx.Atom(@"\bweekend\b", (m, r) => CalendarMath.Weekend(r)),
        Rx.Atom(@"(?<![\w.,:/$+-]|\d\s?-\s?)=?(?<year>(?:19|20)\d{2})(?![\w]|[.,:/-]\d|\s*(?:am|pm|hours|h\b))", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value) with { WrittenYear = true }),
        Rx.Atom(@"\b(?:the\s+)?year\s+(?<year>\d{4})\b", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value) with { WrittenYear = true }),
        Rx.Atom(@"\bcy\s*(?<year>\d{4}|\d{2})\b", (m, r) => CalendarMath.Year(CalendarMath.ExpandYear(Digits.Int(m.G("year"))!.Value, m.G("year").Length))),
        Rx.Atom(@"\b(?<kind>fiscal\s+year|fy|school\s+year|sy)\s*(?<year>\d{4}|\d{2})?\b", SpecialYear),
        Rx.Atom(@"\byear\s+to\s+date\b", (m, r) => DateRangeEntity.Definite(Format.Int(r.Year, 4), new System.DateTime(r.Year, 1, 1), r.Date, Granularity.Year)),
        Rx.Atom(@"\b(?:till|to)\s+date\b", (m, r) => new RangeEntity(RangeKind.Date, [new SpanValue("PRESENT_REF", null, r.Date, Mods.Before)])),
        Rx.Atom($@"(?<!\b(?:will|would|should|shouldn't|can|could|may|might|must|to|does|did|not|n't|won't)\s)\b(?<rel>next|last|past|previous|coming|upcoming|following)\s+(?<num>{Num})\s+(?<unit>{Unit}|quarters?|decades?)\b", NextUnits).When(EnglishWords.RelativeTrigger),
        Rx.Atom($@"\b(?<num>{Num})\s+(?<rel>next|upcoming|coming|previous|past|following)\s+(?<unit>{Unit}|quarters?)\b", NextUnits).When(EnglishWords.RelativeTrigger),
        Rx.Atom($@"\b(?:the\s+)?(?<rel>next|last|past|previous|coming|following)\s+(?:(?<num>{Num})\s+)?(?<unit>decades?)\b", NextUnits),
        Rx.Atom($@"\b(?:the\s+)?(?<rel>next|last|past|previous)\s+(?<unit>minute|hour|second)\b", NextUnits),
        Rx.Atom(@"\b(?<rel>this|current)\s+decade\b", EnglishPeriodRules.Decade),
        Rx.Atom(@"(?<![\w.])(?:(?<year>\d{4})\s*-?\s*)?(?<q>q[1-4])(?:\s*(?:-|of|,)?\s*(?<year>\d{4}))?\b", EnglishPeriodRules.Quarter),
        Rx.Atom(@"(?<![\w.])(?<year>\d{4})\s*-\s*h(?<h>[12])\b", EnglishPeriodRules.Half),
        Rx.Atom(@"\b(?:the\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:the\s+year|(?<year>\d{4}))\b", EnglishPeriodRules.Quarter),
        Rx.Atom(@"(?<![\w.])(?:the\s+)?(?<decade>(?:19|20)?[0-9]0)\s?'?s\b", EnglishPeriodRules.DecadeOf),
        Rx.Atom($@"\b(?:(?<rel>this|next|last)\s+)?(?<season>spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(?<year>\d{{4}}))?", EnglishPeriodRules.Season),
        Rx.Atom($@"\b(?:on\s+)?(?:(?<pre>from|between)\s+)?(?<month>{M})\.?\s+(?:the\s+)?(?<d1>\d{{1,2}}|{EnglishNumbers.Ordinals.Pattern})(?:st|nd|rd|th)?\s*(?<sep>-|–|to|through|thru|till|until|and)\s*(?:the\s+)?(?<d2>\d{{1,2}}|{EnglishNumbers.Ordinals.Pattern})(?:st|nd|rd|th)?\b(?!\s*[:/.]\d|\s*(?:am|pm)\b)(?:\s*,?\s*(?<year>\d{{4}}))?", DayToDay).When(EnglishWords.Months.Trigger),
        Rx.Atom($@"\b(?<pre>between|from)\s+(?:the\s+)?(?<d1>\d{{1,2}}|{EnglishNumbers.Ordinals.Pattern})(?:st|nd|rd|th)?\s*(?<sep>and|-|to|till|until|through)\s*(?:the\s+)?(?<d2>\d{{1,2}}|{EnglishNumbers.Ordinals.Pattern})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>{M})\b\.?(?:\s*,?\s*(?<year>\d{{4}}))?", DayToDay),
        Rx.Atom($@"\b(?<pre>from)\s+(?<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*-\s*(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:in|of)\s+(?<rel>next|last|this)\s+month\b", DayToDay),
    ];

    private static Entity? YearToYear(Match m, System.DateTime reference) => m.Value.Contains(" and ", StringComparison.Ordinal) && !m.Value.StartsWith("between", StringComparison.Ordinal)
        ? null
        : Merges.DateRange(CalendarMath.Year(Digits.Int(m.G("y1"))!.Value), CalendarMath.Year(Digits.Int(m.G("y2"))!.Value), reference);

    private static Entity? Month(Match m, System.DateTime reference)
    {
        if (EnglishWords.ParseMonth(m.G("month")) is not { } month)
            return null;
        int? year = m.Has("year") ? Digits.Int(m.G("year"))
            : m.Has("year2") ? CalendarMath.ExpandYear(Digits.Int(m.G("year2"))!.Value, 2)
            : m.Has("yearw") ? EnglishNumbers.ParseYearWords(m.G("yearw")) : null;
        if (year is { } y)
            return y is >= 1 and <= 9999 ? CalendarMath.MonthOfYear(y, month) : null;
        return m.G("rel") switch
        {
            "" => CalendarMath.Month(month, reference),
            "this" or "current" => CalendarMath.MonthOfYear(reference.Year, month),
            "next" or "following" or "coming" or "upcoming" => CalendarMath.MonthOfYear(reference.Year + 1, month),
            _ => CalendarMath.MonthOfYear(reference.Year - 1, month),
        };
    }

    private static Entity? NumericMonth(Match m, System.DateTime reference) =>
        Digits.Int(m.G("mn")) is { } month && month is >= 1 and <= 12 ? CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, month) : null;

    public static int Offset(string rel) => rel switch
    {
        "next" or "following" or "coming" or "upcoming" => 1,
        "last" or "previous" or "past" or "prior" => -1,
        _ => 0,
    };

    private static Entity? RelativePeriod(Match m, System.DateTime reference)
    {
        var rel = m.G("rel");
        var offset = Offset(rel);
        Entity? period = m.G("what") switch
        {
            "week" => CalendarMath.Week(reference.AddDays(7 * offset)),
            "weekend" => CalendarMath.Weekend(reference.AddDays(7 * offset)),
            "month" => CalendarMath.MonthOfYear(reference.AddMonths(offset).Year, reference.AddMonths(offset).Month),
            "year" => CalendarMath.Year(reference.Year + offset),
            "quarter" => EnglishPeriodRules.QuarterOf(reference.AddMonths(3 * offset)),
            _ => null,
        };
        if (rel == "same" && period is DateRangeEntity same)
            return same with { Timex = m.G("what") == "week" ? "XXXX-WXX" : same.Timex, Mod = "ref_undef" };
        return period;
    }

    private static Entity? WeekNumber(Match m, System.DateTime reference)
    {
        var year = m.Has("year") ? Digits.Int(m.G("year"))!.Value : reference.Year + Offset(m.G("rel"));
        return WeekRanges.WeekOfYear(Digits.Int(m.G("n"))!.Value, false, year);
    }

    private static Entity? WeekOf(Match m, System.DateTime reference)
    {
        var ord = m.G("ord");
        var last = ord == "last";
        var n = ord switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, "fourth" or "4th" => 4, _ => 5 };
        if (m.Has("month"))
            return WeekRanges.WeekOfMonth(n, last, EnglishWords.ParseMonth(m.G("month")) ?? 0, m.Has("year") ? Digits.Int(m.G("year")) : null, reference);
        if (m.Has("year"))
            return WeekRanges.WeekOfYear(n, last, Digits.Int(m.G("year"))!.Value);
        var offset = Offset(m.G("rel"));
        if (m.G("what") == "year")
            return WeekRanges.WeekOfYear(n, last, reference.Year + offset);
        var month = reference.AddMonths(offset);
        return WeekRanges.WeekOfMonth(n, last, month.Month, month.Year, reference);
    }

    private static Entity? SpecialYear(Match m, System.DateTime reference)
    {
        var prefix = m.G("kind").StartsWith('s') ? "SY" : "FY";
        var year = m.Has("year") ? Format.Int(CalendarMath.ExpandYear(Digits.Int(m.G("year"))!.Value, m.G("year").Length), 4) : "XXXX";
        return new DateRangeEntity(prefix + year, null, null, Granularity.Year);
    }

    private static Entity? NextUnits(Match m, System.DateTime reference)
    {
        var amount = m.Has("num") ? EnglishNumbers.Parse(m.G("num")) : 1;
        var unitText = m.G("unit");
        if (amount is not { } n)
            return null;
        var sign = Offset(m.G("rel")) >= 0 ? 1 : -1;
        if (unitText.StartsWith("quarter", StringComparison.Ordinal))
            return EnglishPeriodRules.Quarters(n, sign, reference);
        if (unitText.StartsWith("decade", StringComparison.Ordinal))
            return EnglishPeriodRules.Decades((int)n, sign, reference);
        return EnglishWords.Units.TryGet(unitText, out var unit) ? Dates.Following(DurationEntity.Of(unit, n), sign, reference) : null;
    }

    private static Entity? DayToDay(Match m, System.DateTime reference)
    {
        if (m.G("sep") == "and" && m.G("pre") != "between")
            return null;
        var d1 = EnglishNumbers.ParseDay(Digit(m.G("d1")), Word(m.G("d1")));
        var d2 = EnglishNumbers.ParseDay(Digit(m.G("d2")), Word(m.G("d2")));
        if (m.Has("rel"))
        {
            var month = reference.AddMonths(Offset(m.G("rel")));
            var from = Dates.FromParts(month.Year, month.Month, d1, reference);
            var to = Dates.FromParts(month.Year, month.Month, d2, reference);
            return from is null || to is null ? null : Merges.DateRange(from, to, reference);
        }
        int? year = m.Has("year") ? Digits.Int(m.G("year")) : null;
        var monthNumber = EnglishWords.ParseMonth(m.G("month"));
        var a = Dates.FromParts(year, monthNumber, d1, reference);
        var b = Dates.FromParts(year, monthNumber, d2, reference);
        return a is null || b is null ? null : Merges.DateRange(a, b, reference);
    }

    private static string Digit(string text) => text.Length > 0 && char.IsDigit(text[0]) ? text : "";

    private static string Word(string text) => text.Length > 0 && char.IsDigit(text[0]) ? "" : text;
}
