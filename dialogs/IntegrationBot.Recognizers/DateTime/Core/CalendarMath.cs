using System.Globalization;

namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Calendar arithmetic with upstream's choices for open years, weeks and months.</summary>
internal static class CalendarMath
{
    public static System.DateTime? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= System.DateTime.DaysInMonth(year, month)
            ? new System.DateTime(year, month, day)
            : null;

    public static int IsoDay(System.DateTime d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    public static System.DateTime Monday(System.DateTime d) => d.Date.AddDays(1 - IsoDay(d));

    public static string WeekTimex(System.DateTime day) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):0000}-W{ISOWeek.GetWeekOfYear(day):00}");

    /// <summary>Year as written: "87" is 1987, "12" is 2012, as upstream reads two-digit years.</summary>
    public static int ExpandYear(int year, int digits) => digits > 2 ? year : year >= 40 ? 1900 + year : 2000 + year;

    /// <summary>
    /// "2. Oktober": the occurrence this year or next (future) and this year or last (past). The future reading
    /// must not lie before the reference moment; the past one must. 29 February moves to the nearest leap years.
    /// </summary>
    public static DateEntity MonthDay(int month, int day, System.DateTime reference)
    {
        var timex = Format.DateTimex(null, month, day);
        if (month is < 1 or > 12 || day < 1 || day > System.DateTime.DaysInMonth(2000, month))
            return DateEntity.Unresolved(timex);
        System.DateTime? future = null, past = null;
        for (var y = reference.Year; y <= reference.Year + 8 && future is null; y++)
        {
            if (TryDate(y, month, day) is { } d && d >= reference)
                future = d;
        }
        for (var y = reference.Year; y >= reference.Year - 8 && past is null; y--)
        {
            if (TryDate(y, month, day) is { } d && d < reference)
                past = d;
        }
        return new DateEntity(timex, past, future);
    }

    /// <summary>"Dienstag": this week's day, or the next/previous week's when it lies on the other side of today.</summary>
    public static DateEntity Weekday(int isoDay, System.DateTime reference)
    {
        var thisWeek = Monday(reference).AddDays(isoDay - 1);
        var future = thisWeek < reference.Date ? thisWeek.AddDays(7) : thisWeek;
        var past = thisWeek >= reference.Date ? thisWeek.AddDays(-7) : thisWeek;
        return new DateEntity("XXXX-WXX-" + isoDay.ToString(CultureInfo.InvariantCulture), past, future);
    }

    /// <summary>The weekday in the week <paramref name="weekOffset"/> weeks from the reference's.</summary>
    public static DateEntity WeekdayInWeek(int isoDay, int weekOffset, System.DateTime reference) =>
        DateEntity.Definite(Monday(reference).AddDays(7 * weekOffset + isoDay - 1));

    /// <summary>"the 18th": this month's, else the neighbouring months'.</summary>
    public static DateEntity DayOfMonth(int day, System.DateTime reference)
    {
        var timex = Format.DateTimex(null, null, day);
        if (day is < 1 or > 31)
            return DateEntity.Unresolved(timex);
        var first = new System.DateTime(reference.Year, reference.Month, 1);
        System.DateTime? future = null, past = null;
        for (var i = 0; i < 12 && future is null; i++)
        {
            var m = first.AddMonths(i);
            if (TryDate(m.Year, m.Month, day) is { } d && d >= reference.Date)
                future = d;
        }
        for (var i = 0; i > -12 && past is null; i--)
        {
            var m = first.AddMonths(i);
            if (TryDate(m.Year, m.Month, day) is { } d && d < reference.Date)
                past = d;
        }
        return new DateEntity(timex, past, future);
    }

    /// <summary>"im Mai": this year's unless it is over (future), last year's unless it has not begun (past).</summary>
    public static DateRangeEntity Month(int month, System.DateTime reference, string? mod = null)
    {
        var futureYear = month < reference.Month ? reference.Year + 1 : reference.Year;
        var pastYear = month >= reference.Month ? reference.Year - 1 : reference.Year;
        return new DateRangeEntity(Format.DateTimex(null, month, null),
            MonthSpan(pastYear, month, mod), MonthSpan(futureYear, month, mod), Granularity.Month, mod);
    }

    public static DateRangeEntity MonthOfYear(int year, int month, string? mod = null) =>
        new(Format.DateTimex(year, month, null), MonthSpan(year, month, mod), MonthSpan(year, month, mod), Granularity.Month, mod);

    public static DaySpan MonthSpan(int year, int month, string? mod = null)
    {
        var start = new System.DateTime(year, month, 1);
        var end = start.AddMonths(1);
        return mod switch
        {
            "start" => new DaySpan(start, start.AddDays(10)),
            "mid" => new DaySpan(start.AddDays(9), start.AddDays(20)),
            "end" => new DaySpan(start.AddDays(15), end),
            _ => new DaySpan(start, end),
        };
    }

    /// <summary>A calendar year; relative years split in halves, numbered ones in thirds (as upstream does).</summary>
    public static DateRangeEntity Year(int year, string? mod = null, bool thirds = false)
    {
        var start = new System.DateTime(year, 1, 1);
        var end = start.AddYears(1);
        var span = (mod, thirds) switch
        {
            ("start", false) => new DaySpan(start, start.AddMonths(6)),
            ("end", false) => new DaySpan(start.AddMonths(6), end),
            ("mid", false) => new DaySpan(start.AddMonths(4), start.AddMonths(8)),
            ("start", true) => new DaySpan(start, start.AddMonths(4)),
            ("mid", true) => new DaySpan(start.AddMonths(4), start.AddMonths(8)),
            ("end", true) => new DaySpan(start.AddMonths(8), end),
            _ => new DaySpan(start, end),
        };
        return DateRangeEntity.Definite(Format.Int(year, 4), span.Start, span.End, Granularity.Year, mod) with { WrittenYear = thirds };
    }

    /// <summary>Monday to Monday; "start" is Monday–Thursday, "end" Thursday–Monday.</summary>
    public static DateRangeEntity Week(System.DateTime anyDay, string? mod = null)
    {
        var monday = Monday(anyDay);
        var (start, end) = mod switch
        {
            "start" => (monday, monday.AddDays(3)),
            "end" => (monday.AddDays(3), monday.AddDays(7)),
            "mid" => (monday.AddDays(2), monday.AddDays(5)),
            _ => (monday, monday.AddDays(7)),
        };
        return DateRangeEntity.Definite(WeekTimex(monday), start, end, Granularity.Week, mod);
    }

    /// <summary>Saturday to Monday of the week holding <paramref name="anyDay"/>.</summary>
    public static DateRangeEntity Weekend(System.DateTime anyDay)
    {
        var saturday = Monday(anyDay).AddDays(5);
        return DateRangeEntity.Definite(WeekTimex(saturday) + "-WE", saturday, saturday.AddDays(2), Granularity.Week);
    }

    public static DateRangeEntity Quarter(int year, int quarter)
    {
        var start = new System.DateTime(year, 3 * quarter - 2, 1);
        return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(start.AddMonths(3))},P3M)", start, start.AddMonths(3), Granularity.Month);
    }

    /// <summary>"viernes 13", "sexta-feira 13": the nearest past and future months where that day is that weekday.</summary>
    public static DateEntity? WeekdayOnDay(int weekday, int day, System.DateTime reference)
    {
        if (day is < 1 or > 31)
            return null;
        var first = new System.DateTime(reference.Year, reference.Month, 1);
        System.DateTime? past = null, future = null;
        for (var i = 0; i < 120 && (past is null || future is null); i++)
        {
            foreach (var month in (System.DateTime[])[first.AddMonths(i), first.AddMonths(-i)])
            {
                if (TryDate(month.Year, month.Month, day) is { } d && IsoDay(d) == weekday)
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
}
