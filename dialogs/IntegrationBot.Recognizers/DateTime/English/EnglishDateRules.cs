using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>Single days: "May 14th", "the 9th of May", "5/14", "next Tuesday", "tomorrow", "in two weeks", "Easter".</summary>
internal static class EnglishDateRules
{
    private static readonly string M = EnglishWords.Month;
    private static readonly string D = EnglishNumbers.Day;
    private static readonly string WdAny = EnglishWords.Weekday;
    private const string UnitWords = "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|months?|years?|yrs?)";
    private const string Wd = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs)";
    private static readonly string Year = $@"(?:\s*,?\s*(?:of\s+|in\s+)?(?:(?<year>\d{{4}})\b|(?<yearw>{EnglishNumbers.YearWords})))";
    private static readonly string Lead = $@"(?:(?<wd>{WdAny}),?\s+)?";
    private static readonly string DayCardinal = $"(?<dayc>{EnglishNumbers.Cardinals.Pattern})";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"\b{Lead}(?<month>{M})(?:\.\s*|\s*|\s*/\s*)(?:the\s+)?{D}(?!\w|:\d|\.\d){Year}?", DayMonth).When(EnglishWords.Months.Trigger),
        Rx.Atom($@"\b{Lead}(?:the\s+(?=\d))?{D}\s*(?:day\s+)?(?:of\s+|-\s*)?(?<month>{M})\b\.?(?:{Year}|\s+of\s+'?(?<year2>\d{{2}})\b)?", DayMonth).When(EnglishWords.Months.Trigger),
        Rx.Atom($@"\b(?:the\s+)?{DayCardinal}\s+(?<month>{M})\b{Year}", DayMonth).When(EnglishWords.Months.Trigger),
        Rx.Atom($@"\b(?:(?<this>this)\s+)?{Lead}(?<![\w/.])(?<mn>\d{{1,2}})/(?<dn>\d{{1,2}})(?:/(?<year2>\d{{4}}|\d{{2}}))?(?![\w/]|\.\d)", Numeric).When(Trigger.Digit),
        Rx.Atom($@"\b{Lead}(?<![\w/.])(?<mn>\d{{1,2}})\.(?<dn>\d{{1,2}})(?![\w.]|,\d)", Numeric).When(Trigger.Digit),
        Rx.Atom(@"(?<![\w.])(?<dn>\d{1,2})\.(?<mn>\d{1,2})\.(?<year2>\d{4})(?![\w.])", Numeric),
        Rx.Atom(@"\b(?<year>\d{4})\s(?<mn>\d{1,2})\s(?<dn>\d{1,2})\b", Numeric),
        Rx.Atom($@"\b(?<this>this)\s+(?<wd>{WdAny})\s*-\s*(?<month>{M})-(?<day>\d{{1,2}})\b", DayMonth),
        .. NumericDates.Rules(M, EnglishWords.ParseMonth, dayFirst: false, allowTrailingDot: false),
        Rx.Atom(@"\b(?<relday>today|tomorrow|tmr|yesterday|current\s+date|the\s+day\s+after\s+tomorrow|day\s+after\s+tomorrow|the\s+day\s+before\s+yesterday|day\s+before\s+yesterday)\b", RelativeDay),
        Rx.Atom(@"(?<=\b(?:for|of)\s)the\s+day\b", (m, r) => DateEntity.Definite(r.Date)),
        Rx.Atom($@"\b(?:(?<rel>next|last|previous|past|this|following|coming|upcoming|this\s+upcoming|this\s+coming|this\s+past)\s+)?(?<wd>{Wd})\b", Weekday),
        Rx.Atom($@"\b(?<rel>next|last|previous|this|following|coming)\s+week\s*(?:-|,|on)?\s*(?<wd>{Wd})\b", Weekday),
        Rx.Atom($@"\b(?:on\s+)?(?<wd>{Wd})\s+(?:of\s+)?(?:the\s+)?(?<rel>next|last|previous|this|following|coming)\s+week\b", Weekday),
        Rx.Atom($@"\b(?<wd>{WdAny})\s+the\s+{D}\b", WeekdayTheDay).When(EnglishWords.TheTrigger),
        Rx.Atom($@"\b(?:the\s+)?(?<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?<wd>{Wd})\s+(?:(?<part>morning|afternoon|evening|night)\s+)?(?:of|in)\s+(?:(?<month>{M})\b(?:\s+(?<year>\d{{4}}))?|(?<rel>this|next|last)\s+month\b)", EnglishSpecialDateRules.NthWeekday),
        Rx.Atom($@"\b(?<wd>{WdAny})\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:[:.]\d|am\b|pm\b|a\.m|p\.m|hours?\b|minutes?\b|mins?\b|o'?clock|[/-]\d))", WeekdayDay).When(Trigger.Digit),
        Rx.Atom($@"(?<=\b(?:on|of)\s)the\s+{D}\b(?!\s*(?:of|day|week|month|century))", DayOfMonth).When(EnglishWords.TheTrigger),
        Rx.Atom($@"\b(?:the\s+)?{D}\s+day\s+of\s+(?:the\s+)?(?<rel>next|last|this|the)\s+month\b", DayOfRelativeMonth).When(EnglishWords.MonthWordTrigger),
        Rx.Atom($@"\b(?<dir>in)\s+(?<num>{EnglishNumbers.Number})\s+(?<unit>{UnitWords})\b(?!\s+(?:from|after|before|since|later|ago))", Shift).When(EnglishWords.UnitTrigger),
        Rx.Atom($@"\b(?:the\s+)?weekend\s+of\s+(?<hol>{EnglishWords.Holidays.Pattern})\b(?:\s+(?<year>\d{{4}})\b)?", EnglishSpecialDateRules.HolidayWeekend).When(EnglishWords.WeekendTrigger),
        Rx.Atom($@"\b(?<hol>{EnglishWords.Holidays.Pattern})\s+(?:(?<year>\d{{4}})\s+)?weekend\b(?:\s+(?<year>\d{{4}})\b)?", EnglishSpecialDateRules.HolidayWeekend).When(EnglishWords.WeekendTrigger),
        Rx.Atom($@"\b(?:(?<rel>next|last|previous|following|this|coming|upcoming)\s+)?(?<hol>{EnglishWords.Holidays.Pattern})\b(?:\s+(?<year>\d{{4}})\b|\s+(?:of|in)\s+(?:(?<year>\d{{4}})\b|(?<yrel>this|next|last)\s+year\b))?", EnglishSpecialDateRules.Holiday).When(EnglishWords.Holidays.Trigger),
        Rx.Atom($@"\b(?:the\s+)?{D}\s+(?<this>this)\s+month\b", DayOfRelativeMonth).When(EnglishWords.MonthWordTrigger),
        Rx.Atom($@"\b(?<month>{M}),\s*(?:(?<day>\d{{1,2}})(?:st|nd|rd|th)|(?<dayw>{EnglishNumbers.Ordinals.Pattern}))\b", DayMonth).When(EnglishWords.Months.Trigger),
        Rx.Atom($@"\b(?<wd>{WdAny})\s+(?<month>{M})\.?\s+(?<day>\d{{1,2}})\s+(?<h>\d{{1,2}}):(?<mi>\d{{2}})(?::(?<s>\d{{2}}))?\s+(?<year>\d{{4}})\b", EnglishSpecialDateRules.Stamp).When(Trigger.Digit),
    ];

    private static int? ParseYear(Match m)
    {
        if (m.Has("year"))
            return Digits.Int(m.G("year"));
        if (m.Has("yearw"))
            return EnglishNumbers.ParseYearWords(m.G("yearw"));
        if (m.Has("year2") && Digits.Int(m.G("year2")) is { } y)
            return CalendarMath.ExpandYear(y, m.G("year2").Length);
        return null;
    }

    private static Entity? DayMonth(Match m, System.DateTime reference)
    {
        var day = m.Has("dayc") ? EnglishNumbers.Cardinals.Get(m.G("dayc")) : EnglishNumbers.ParseDay(m.G("day"), m.G("dayw"));
        var date = Dates.FromParts(ParseYear(m), EnglishWords.ParseMonth(m.G("month")), day, reference);
        return m.Has("this") ? ThisYear(date, reference) : date;
    }

    /// <summary>"this 5/12" and "this Friday-Jun-15" take this year's date.</summary>
    private static DateEntity? ThisYear(DateEntity? date, System.DateTime reference) =>
        date?.Days().FirstOrDefault(d => d.Year == reference.Year) is { } day && day != default ? DateEntity.Definite(day) with { Timex = date.Timex } : date;

    private static Entity? Numeric(Match m, System.DateTime reference)
    {
        var (month, day) = (Digits.Int(m.G("mn")), Digits.Int(m.G("dn")));
        if (month > 12 && day <= 12)
            (month, day) = (day, month);
        var date = Dates.FromParts(ParseYear(m), month, day, reference);
        return m.Has("this") ? ThisYear(date, reference) : date;
    }

    private static Entity? RelativeDay(Match m, System.DateTime reference)
    {
        var word = Regex.Replace(m.G("relday"), @"\s+", " ");
        var offset = word switch
        {
            "today" or "current date" => 0,
            "tomorrow" or "tmr" => 1,
            "yesterday" => -1,
            _ when word.Contains("after", StringComparison.Ordinal) => 2,
            _ => -2,
        };
        return DateEntity.Definite(reference.Date.AddDays(offset));
    }

    public static Entity? Weekday(Match m, System.DateTime reference)
    {
        if (!EnglishWords.Weekdays.TryGet(m.G("wd"), out var day))
            return null;
        var rel = Regex.Replace(m.G("rel"), @"\s+", " ");
        return rel switch
        {
            "" => CalendarMath.Weekday(day, reference),
            "upcoming" or "this upcoming" or "this coming" => DateEntity.Definite(CalendarMath.Weekday(day, reference).Future!.Value),
            "this past" => DateEntity.Definite(CalendarMath.Weekday(day, reference).Past!.Value),
            "this" => CalendarMath.WeekdayInWeek(day, 0, reference),
            "next" or "following" or "coming" => CalendarMath.WeekdayInWeek(day, 1, reference),
            _ => CalendarMath.WeekdayInWeek(day, -1, reference),
        };
    }

    private static Entity? WeekdayTheDay(Match m, System.DateTime reference)
    {
        var day = EnglishNumbers.ParseDay(m.G("day"), m.G("dayw"));
        return day is { } d && CalendarMath.TryDate(reference.Year, reference.Month, d) is { } date ? DateEntity.Definite(date) : null;
    }

    /// <summary>"Monday 21": the nearest months, before and after, whose 21st is a Monday.</summary>
    private static Entity? WeekdayDay(Match m, System.DateTime reference)
    {
        if (!EnglishWords.Weekdays.TryGet(m.G("wd"), out var weekday) || Digits.Int(m.G("day")) is not { } day || day is < 1 or > 31)
            return null;
        System.DateTime? past = null, future = null;
        var first = new System.DateTime(reference.Year, reference.Month, 1);
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

    private static Entity? DayOfMonth(Match m, System.DateTime reference) =>
        EnglishNumbers.ParseDay(m.G("day"), m.G("dayw")) is { } day ? CalendarMath.DayOfMonth(day, reference) : null;

    private static Entity? DayOfRelativeMonth(Match m, System.DateTime reference)
    {
        var offset = m.Has("this") ? 0 : m.G("rel") switch { "next" => 1, "last" => -1, _ => 0 };
        var month = reference.AddMonths(offset);
        return EnglishNumbers.ParseDay(m.G("day"), m.G("dayw")) is { } day && CalendarMath.TryDate(month.Year, month.Month, day) is { } d
            ? DateEntity.Definite(d)
            : null;
    }

    private static Entity? Shift(Match m, System.DateTime reference)
    {
        if (EnglishNumbers.Parse(m.G("num")) is not { } amount || !EnglishWords.Units.TryGet(m.G("unit"), out var unit))
            return null;
        return Dates.Shift(DurationEntity.Of(unit, amount), m.G("dir") == "ago" ? -1 : 1, reference);
    }
}
