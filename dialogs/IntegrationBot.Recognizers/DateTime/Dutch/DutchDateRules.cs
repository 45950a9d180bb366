using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Dutch;

/// <summary>Single days: "4e jan 2019", "22/04", "negenentwintig mei", "volgende week maandag", "vandaag", "Pasen".</summary>
internal static class DutchDateRules
{
    private static readonly string M = DutchWords.Month;
    private const string Wd = DutchWords.Weekday;
    private static readonly string R = DutchWords.Rel;
    private static readonly string O = $"(?:{DutchNumbers.Ordinals.Pattern})";
    private static readonly string C = $"(?:{DutchNumbers.Cardinals.Pattern})";
    private static readonly string Day = $@"(?:(?<day>\d{{1,2}})(?:e|ste|de)?|(?<dayw>{O})|(?<dayc>{C}))";
    private static readonly string Lead = $@"(?:(?<wd>{Wd}|{DutchWords.ShortWeekday}),?\s+)?(?:de\s+(?=\d))?";
    private const string MonthDot = @"(?:(?<=\b(?:jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec))\.)?";
    private const string Year = @"(?:\s*,?\s*(?:in\s+|van\s+)?(?<year>\d{4})\b)?";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.])(?:{Lead}){Day}\s*(?:van\s+|[-/]\s*)?(?<month>{M})\b{MonthDot}{Year}", DayMonthYear),
        Rx.Atom($@"\b(?<month>{M})\s+(?:de\s+)?(?:(?<day>\d{{1,2}})(?:e|ste|de)|(?<dayw>{O}))\b{Year}", DayMonthYear),
        Rx.Atom($@"\b(?:(?<this>deze)\s+)?(?:{Lead})(?<![\w/.-])(?<day>\d{{1,2}})[/-](?<mn>\d{{1,2}})(?:[/-](?<year2>\d{{4}}|\d{{2}}))?(?![\w/]|-\d|\.\d)", DayMonthYear),
        .. NumericDates.Rules(M, DutchWords.ParseMonth, dayFirst: true, allowTrailingDot: false),
        Rx.Atom(@"\b(?<relday>vandaag|morgen|overmorgen|gisteren|eergisteren)\b(?!\s*(?:ochtend|middag|avond|nacht))", RelativeDay),
        Rx.Atom($@"\b(?:(?<rel>{R}|aanstaande)\s+)?(?<wd>{Wd}|{DutchWords.ShortWeekday})(?!\w)", Weekday),
        Rx.Atom($@"\b(?:op\s+)?(?<rel>{R})\s+week\s*(?:-|,|op)?\s*(?<wd>{Wd})\b", Weekday),
        Rx.Atom($@"\b(?:op\s+)?(?<wd>{Wd})\s+(?:van\s+)?(?:de\s+)?(?<rel>{R})\s+week\b", Weekday),
        Rx.Atom(@"\bdeze\s+dag\b", (m, r) => DateEntity.Definite(r.Date)),
        Rx.Atom($@"\b(?<wd>{Wd})\s+de\s+(?:(?<day>\d{{1,2}})(?:e|ste|de)|(?<dayw>{O}))\b", WeekdayTheDay),
        Rx.Atom($@"\b(?<wd>{Wd})\s+(?<day>\d{{1,2}})\b(?![:./-]\d|\s*(?:uur|{M}))", WeekdayDay),
        Rx.Atom($@"(?<=\bop\s)de\s+(?<day>\d{{1,2}})(?:e|ste|de)\b(?!\s*(?:van|{M}))", (m, r) => CalendarMath.DayOfMonth(Digits.Int(m.G("day"))!.Value, r)),
        Rx.Atom($@"\b(?<dir>over)\s+(?<num>{DutchNumbers.Number})\s+(?<unit>{DutchWords.Units.Pattern})\b(?!\s+(?:na|voor|geleden))", Shift),
        Rx.Atom($@"(?<=\b(?:na|voor|van|tot|sinds|vanaf|en)\s)(?<month>jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b(?!\s*\d)", (m, r) => CalendarMath.Month(DutchWords.ParseMonth(m.G("month"))!.Value, r)),
        Rx.Atom($@"\b(?<month>jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)(?=-\d{{0,2}}\s*(?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec))", (m, r) => CalendarMath.Month(DutchWords.ParseMonth(m.G("month"))!.Value, r)),
        Rx.Atom($@"\b(?:(?<rel>volgende|vorige|komende)\s+)?(?<hol>{DutchWords.Holidays.Pattern})\b(?:\s+(?<year>\d{{4}})\b|\s+van\s+(?<yrel>dit|volgend|vorig)\s+jaar\b)?", Holiday),
    ];

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
        int? day = m.Has("day") ? Digits.Int(m.G("day"))
            : m.Has("dayw") ? DutchNumbers.Ordinals.Get(m.G("dayw"))
            : DutchNumbers.Cardinals.TryGet(m.G("dayc"), out var c) ? c : null;
        var month = m.Has("mn") ? Digits.Int(m.G("mn")) : DutchWords.ParseMonth(m.G("month"));
        var date = Dates.FromParts(ParseYear(m), month, day, reference);
        if (m.Has("this") && date?.Days().FirstOrDefault(d => d.Year == reference.Year) is { } thisYear && thisYear != default)
            return DateEntity.Definite(thisYear) with { Timex = date.Timex };
        return date;
    }

    private static Entity? RelativeDay(Match m, System.DateTime reference) => m.G("relday") switch
    {
        "vandaag" => DateEntity.Definite(reference.Date),
        "morgen" => DateEntity.Definite(reference.Date.AddDays(1)),
        "overmorgen" => DateEntity.Definite(reference.Date.AddDays(2)),
        "gisteren" => DateEntity.Definite(reference.Date.AddDays(-1)),
        _ => DateEntity.Definite(reference.Date.AddDays(-2)),
    };

    public static Entity? Weekday(Match m, System.DateTime reference)
    {
        if (DutchWords.ParseWeekday(m.G("wd")) is not { } day)
            return null;
        if (m.G("rel") == "aanstaande")
            return DateEntity.Definite(CalendarMath.Weekday(day, reference).Future!.Value);
        return m.Has("rel") && DutchWords.Relative.TryGet(m.G("rel"), out var weeks)
            ? CalendarMath.WeekdayInWeek(day, weeks, reference)
            : CalendarMath.Weekday(day, reference);
    }

    private static Entity? WeekdayTheDay(Match m, System.DateTime reference)
    {
        var day = m.Has("day") ? Digits.Int(m.G("day")) : DutchNumbers.Ordinals.Get(m.G("dayw"));
        return day is { } d && CalendarMath.TryDate(reference.Year, reference.Month, d) is { } date ? DateEntity.Definite(date) : null;
    }

    private static Entity? WeekdayDay(Match m, System.DateTime reference)
    {
        if (DutchWords.ParseWeekday(m.G("wd")) is not { } weekday || Digits.Int(m.G("day")) is not { } day || day is < 1 or > 31)
            return null;
        var first = new System.DateTime(reference.Year, reference.Month, 1);
        System.DateTime? past = null, future = null;
        for (var i = 0; i < 120 && (past is null || future is null); i++)
        {
            foreach (var month in (System.DateTime[])[first.AddMonths(i), first.AddMonths(-i)])
            {
                if (CalendarMath.TryDate(month.Year, month.Month, day) is { } d && CalendarMath.IsoDay(d) == weekday)
                {
                    if (d >= reference.Date)
                        future ??= d;
                    else
                        past ??= d;
                }
            }
        }
        return new DateEntity("XXXX-WXX-" + weekday, past, future);
    }

    private static Entity? Shift(Match m, System.DateTime reference)
    {
        if (DutchNumbers.Parse(m.G("num")) is not { } amount || !DutchWords.Units.TryGet(m.G("unit"), out var unit))
            return null;
        var duration = DurationEntity.Of(unit, amount);
        return m.G("dir") == "over" ? Dates.Shift(duration, 1, reference) : Dates.Following(duration, 1, reference);
    }

    private static Entity? Holiday(Match m, System.DateTime reference)
    {
        if (!DutchWords.Holidays.TryGet(m.G("hol"), out var holiday))
            return null;
        if (m.Has("year") && Digits.Int(m.G("year")) is { } year)
            return holiday.InGivenYear(year);
        if (m.Has("yrel"))
            return holiday.InGivenYear(reference.Year + (m.G("yrel") switch { "volgend" => 1, "vorig" => -1, _ => 0 }));
        var open = holiday.Resolve(reference, datedTimex: true);
        return m.G("rel") switch
        {
            "" => open,
            "vorige" => DateEntity.Definite(open.Past!.Value),
            _ => DateEntity.Definite(open.Future!.Value),
        };
    }
}
