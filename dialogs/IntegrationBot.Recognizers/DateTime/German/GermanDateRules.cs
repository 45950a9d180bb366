using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.German;

/// <summary>Single days: "am 14. Mai", "22.04.", "neunundzwanzigsten Mai", "nächsten Dienstag", "übermorgen", "Ostern".</summary>
internal static class GermanDateRules
{
    private static readonly string M = GermanWords.Month;
    private static readonly string Wd = GermanWords.Weekday;
    private static readonly string WdFull = "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)";
    private static readonly string R = GermanWords.Rel;
    private static readonly string O = $"(?:{GermanNumbers.Ordinals.Pattern})";
    private static readonly string Lead = $@"(?:(?<wd>{Wd}),?\s+(?:(?:den|dem)\s+)?)?(?:den\s+)?";
    private static readonly string Year = @"(?:\s*,?\s*(?<year>\d{4})\b)?";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.])(?:{Lead})(?<day>\d{{1,2}})(?:\.|s?ten)?\s*(?<month>{M})(?![\w]){Year}", DayMonthYear).When(GermanWords.Months.Trigger),
        Rx.Atom(@"\b(?:am\s+)?ende\s+des\s+tages\b", (m, r) => DateTimeEntity.Exact(r.Date.Add(new TimeSpan(23, 59, 59)))),
        Rx.Atom($@"\b(?:{Lead})(?<dayw>{O})\s+(?<month>{M})(?![\w]){Year}", DayMonthYear).When(GermanWords.Months.Trigger),
        Rx.Atom($@"(?<![\w.])(?:{Lead})(?<day>\d{{1,2}})\.\s?(?<month>\d{{1,2}})\.(?:\s?(?<year2>\d{{4}}|\d{{2}})(?![\d.]))?", DayMonthYear).When(Trigger.Digit),
        Rx.Atom($@"(?<![\w./])(?<day>\d{{1,2}})/(?<month>\d{{1,2}})(?:/(?<year2>\d{{4}}|\d{{2}}))?(?![\w/])", DayMonthYear),
        Rx.Atom($@"\b(?:{Lead})(?<dayw>{O})\s+(?<month>\d{{1,2}})\.(?:\s*(?<year>\d{{4}}))?", DayMonthYear).When(Trigger.Digit),
        Rx.Atom($@"(?<![\w.])(?:{Lead})(?<day>\d{{1,2}})\.\s*(?<monthw>{O})\b(?:\s*(?<year>\d{{4}}))?", DayMonthYear).When(Trigger.Digit),
        .. NumericDates.Rules(M, ParseMonth, dayFirst: true, allowTrailingDot: true),
        Rx.Atom(@"(?<!\bguten\s)\b(?<relday>heute|morgen|übermorgen|uebermorgen|gestern|vorgestern)\b", RelativeDay),
        Rx.Atom($@"\b(?:(?<rel>{R})\s+)?(?<wd>{WdFull})\b", Weekday),
        Rx.Atom($@"\b(?<rel>{R})\s+woche\s+(?:am\s+)?(?<wd>{WdFull})\b", Weekday),
        Rx.Atom($@"\b(?<wd>{WdFull})\s+(?:(?:der|in\s+der)\s+)?(?<rel>{R})\s+woche\b", Weekday),
        Rx.Atom($@"(?<=\b(?:am|den|dem)\s)(?<day>\d{{1,2}})\.(?![\d\w])(?!\s*(?:{M}|\d|{O}))", (m, r) => CalendarMath.DayOfMonth(Digits.Int(m.G("day"))!.Value, r)),
        Rx.Atom(@"\bin\s+einer\s+(?<q>halben|viertel|dreiviertel)\s*stunde\b", (m, r) =>
            DateTimeEntity.Exact(r.AddMinutes(m.G("q") switch { "halben" => 30, "viertel" => 15, _ => 45 }))),
        Rx.Atom($@"\b(?<ord>erste|zweite|dritte|vierte|fünfte|letzte)[nrs]?\s+(?<wd>{WdFull})\s+(?:im|des|von)\s+(?:(?<month>{M})(?![\w])(?:\s+(?<year>\d{{4}}))?|(?<rel>{R})\s+monats?)\b", NthWeekday),
        Rx.Atom($@"\b(?<dir>in|vor)\s+(?<num>{GermanNumbers.Number})\s+(?<unit>{GermanWords.Unit})\b", ShiftFromNow).When(GermanWords.Units.Trigger),
        Rx.Atom($@"(?<![\w.])(?<hol>{GermanWords.Holidays.Pattern})\b(?:\s+(?<year>\d{{4}})\b|\s+(?:im\s+)?(?<yrel>{R})\s+jahr(?:es)?\b)?", Holiday).When(GermanWords.Holidays.Trigger),
    ];

    public static int? ParseMonth(string text) => Digits.Int(text) ?? (GermanWords.Months.TryGet(text.TrimEnd('.'), out var m) ? m : null);

    private static int? ParseYear(Match m)
    {
        if (m.Has("year"))
            return Digits.Int(m.G("year"));
        if (m.Has("year2") && Digits.Int(m.G("year2")) is { } y)
            return CalendarMath.ExpandYear(y, m.G("year2").Length);
        return null;
    }

    private static Entity? DayMonthYear(Match m, System.DateTime reference)
    {
        var day = m.Has("day") ? Digits.Int(m.G("day")) : GermanNumbers.Ordinals.TryGet(m.G("dayw"), out var d) ? d : null;
        var month = m.Has("monthw") ? GermanNumbers.Ordinals.TryGet(m.G("monthw"), out var mw) ? mw : null : ParseMonth(m.G("month"));
        return Dates.FromParts(ParseYear(m), month, day, reference);
    }

    private static Entity? RelativeDay(Match m, System.DateTime reference) => m.G("relday") switch
    {
        "heute" => DateEntity.Definite(reference.Date),
        "morgen" => DateEntity.Definite(reference.Date.AddDays(1)),
        "übermorgen" or "uebermorgen" => DateEntity.Definite(reference.Date.AddDays(2)),
        "gestern" => DateEntity.Definite(reference.Date.AddDays(-1)),
        "vorgestern" => DateEntity.Definite(reference.Date.AddDays(-2)),
        _ => null,
    };

    public static Entity? Weekday(Match m, System.DateTime reference)
    {
        if (!GermanWords.Weekdays.TryGet(m.G("wd"), out var day))
            return null;
        return m.Has("rel") && GermanWords.Relative.TryGet(m.G("rel"), out var weeks)
            ? CalendarMath.WeekdayInWeek(day, weeks, reference)
            : CalendarMath.Weekday(day, reference);
    }

    private static Entity? NthWeekday(Match m, System.DateTime reference)
    {
        var n = m.G("ord") switch { "erste" => 1, "zweite" => 2, "dritte" => 3, "vierte" => 4, _ => 5 };
        var weekday = GermanWords.Weekdays.Get(m.G("wd"));
        if (m.Has("rel"))
        {
            var month = reference.AddMonths(GermanWords.Relative.Get(m.G("rel")));
            return WeekRanges.NthWeekdayOfMonth(n, weekday, month.Month, month.Year, reference);
        }
        return WeekRanges.NthWeekdayOfMonth(n, weekday, ParseMonth(m.G("month")) ?? 0, m.Has("year") ? Digits.Int(m.G("year")) : null, reference);
    }

    private static Entity? ShiftFromNow(Match m, System.DateTime reference)
    {
        if (GermanNumbers.Parse(m.G("num")) is not { } amount || !GermanWords.Units.TryGet(m.G("unit"), out var unit))
            return null;
        return Dates.Shift(DurationEntity.Of(unit, amount), m.G("dir") == "vor" ? -1 : 1, reference);
    }

    private static Entity? Holiday(Match m, System.DateTime reference)
    {
        if (!GermanWords.Holidays.TryGet(m.G("hol"), out var holiday))
            return null;
        if (m.Has("year") && Digits.Int(m.G("year")) is { } year)
            return holiday.InGivenYear(year);
        if (m.Has("yrel") && GermanWords.Relative.TryGet(m.G("yrel"), out var offset))
            return holiday.InGivenYear(reference.Year + offset);
        return holiday.Resolve(reference);
    }
}
