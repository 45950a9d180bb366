namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Weeks inside months and years ("letzte Woche im Juli", "week 31", "first week of 2019").</summary>
internal static class WeekRanges
{
    /// <summary>
    /// The n-th week of a month is the Monday-based week holding the month's n-th Thursday (upstream's reading,
    /// which matches ISO weeks belonging to the month with their Thursday); "last" is the last Thursday's week.
    /// </summary>
    public static DateRangeEntity? WeekOfMonth(int n, bool last, int month, int? year, System.DateTime reference)
    {
        if (month is < 1 or > 12)
            return null;
        var timex = $"{(year is { } y ? Format.Int(y, 4) : "XXXX")}-{Format.Int(month, 2)}-W{Format.Int(last ? 5 : n, 2)}";
        DaySpan In(int yy)
        {
            var thursday = Holidays.NthWeekday(yy, month, 4, last ? -1 : n);
            var monday = CalendarMath.Monday(thursday);
            return new DaySpan(monday, monday.AddDays(7));
        }
        if (year is { } fixedYear)
            return new DateRangeEntity(timex, In(fixedYear), In(fixedYear), Granularity.Week);
        var futureYear = month < reference.Month ? reference.Year + 1 : reference.Year;
        var pastYear = month >= reference.Month ? reference.Year - 1 : reference.Year;
        return new DateRangeEntity(timex, In(pastYear), In(futureYear), Granularity.Week);
    }

    /// <summary>"the first Friday of July": timex XXXX-07-WXX-5-#1; "last" is written #5.</summary>
    public static DateEntity? NthWeekdayOfMonth(int n, int isoDay, int month, int? year, System.DateTime reference)
    {
        if (month is < 1 or > 12 || n is < 1 or > 5)
            return null;
        var timex = $"XXXX-{Format.Int(month, 2)}-WXX-{isoDay}-#{n}";
        System.DateTime? In(int y)
        {
            var day = Holidays.NthWeekday(y, month, isoDay, n == 5 ? -1 : n);
            return day.Month == month ? day : null;
        }
        if (year is { } fixedYear)
            return In(fixedYear) is { } d ? new DateEntity(timex, d, d) : null;
        System.DateTime? future = null, past = null;
        for (var y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            if (In(y) is not { } d)
                continue;
            if (d >= reference.Date)
                future ??= d;
            else
                past = d;
        }
        return future is null ? null : new DateEntity(timex, past, future);
    }

    /// <summary>ISO week n of a year; "last" is the year's last ISO week.</summary>
    public static DateRangeEntity? WeekOfYear(int n, bool last, int year)
    {
        var weeks = System.Globalization.ISOWeek.GetWeeksInYear(year);
        var week = last ? weeks : n;
        if (week < 1 || week > weeks)
            return null;
        var monday = System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Monday);
        return DateRangeEntity.Definite($"{Format.Int(year, 4)}-W{Format.Int(week, 2)}", monday, monday.AddDays(7), Granularity.Week);
    }
}

/// <summary>Seasons: upstream leaves them unresolved ("SU", "2016-SU"); scheduling uses meteorological seasons.</summary>
internal sealed record SeasonEntity(string Timex, DaySpan Future) : Entity
{
    public override string TypeName => "daterange";

    public override IReadOnlyList<DateTimeValue> ToValues() => [new DateTimeValue(Timex, "daterange", Format.NotResolved)];

    public override SpanReading? ToSpan() => new SpanReading(Future.Start, Future.End.AddDays(-1), false);
}

internal static class Seasons
{
    public static SeasonEntity Create(string code, int? year, System.DateTime reference)
    {
        var startMonth = code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        DaySpan In(int y)
        {
            var start = new System.DateTime(y, startMonth, 1);
            return new DaySpan(start, start.AddMonths(3));
        }
        DaySpan future;
        if (year is { } y)
        {
            future = In(y);
        }
        else
        {
            // Winter started in December of the previous year when we are in January or February.
            var current = In(code == "WI" && reference.Month <= 2 ? reference.Year - 1 : reference.Year);
            future = current.End > reference.Date ? current : In(current.Start.Year + 1);
        }
        return new SeasonEntity(year is { } yy ? $"{Format.Int(yy, 4)}-{code}" : code, future);
    }
}
