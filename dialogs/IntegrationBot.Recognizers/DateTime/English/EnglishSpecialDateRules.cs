using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>Holidays, holiday weekends, n-th weekdays of a month and log time stamps.</summary>
internal static class EnglishSpecialDateRules
{
    public static Entity? Holiday(Match m, System.DateTime reference)
    {
        if (!EnglishWords.Holidays.TryGet(Regex.Replace(m.G("hol"), @"\s+", " "), out var holiday))
            return null;
        if (m.Has("year") && Digits.Int(m.G("year")) is { } year)
            return holiday.InGivenYear(year);
        if (m.Has("yrel"))
            return holiday.InGivenYear(reference.Year + EnglishRangeRules.Offset(m.G("yrel")));
        var open = holiday.Resolve(reference, datedTimex: true);
        return m.G("rel") switch
        {
            "" => open,
            "this" => holiday.InGivenYear(reference.Year),
            "last" or "previous" => DateEntity.Definite(open.Past!.Value),
            _ => DateEntity.Definite(open.Future!.Value),
        };
    }

    /// <summary>"the weekend of Halloween", "Labor Day 2021 weekend": Saturday until the day after a Monday holiday.</summary>
    public static Entity? HolidayWeekend(Match m, System.DateTime reference)
    {
        if (Holiday(m, reference) is not DateEntity day)
            return null;
        return new RangeEntity(RangeKind.Date, [.. day.Days().Select(d =>
        {
            var saturday = CalendarMath.Monday(d).AddDays(CalendarMath.IsoDay(d) == 1 ? -2 : 5);
            var end = saturday.AddDays(2) > d ? saturday.AddDays(2) : d.AddDays(1);
            return new SpanValue(CalendarMath.WeekTimex(saturday) + "-WE", saturday, end);
        })]);
    }

    /// <summary>"Wed Oct 26 15:50:06 2016" (a log time stamp).</summary>
    public static Entity? Stamp(Match m, System.DateTime reference)
    {
        var date = Dates.FromParts(Digits.Int(m.G("year")), EnglishWords.ParseMonth(m.G("month")), Digits.Int(m.G("day")), reference);
        var precision = m.Has("s") ? TimePrecision.Second : TimePrecision.Minute;
        var time = TimeSpec.Create(Digits.Int(m.G("h"))!.Value, Digits.Int(m.G("mi"))!.Value, Digits.Int(m.G("s")) ?? 0, precision, false);
        return date is null || time is null ? null : DateTimeEntity.Combine(date, time);
    }

    public static Entity? NthWeekday(Match m, System.DateTime reference)
    {
        var n = m.G("ord") switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, "fourth" or "4th" => 4, _ => 5 };
        var weekday = EnglishWords.Weekdays.Get(m.G("wd"));
        DateEntity? date;
        if (m.Has("rel"))
        {
            var month = reference.AddMonths(EnglishRangeRules.Offset(m.G("rel")));
            date = WeekRanges.NthWeekdayOfMonth(n, weekday, month.Month, month.Year, reference);
        }
        else
        {
            date = WeekRanges.NthWeekdayOfMonth(n, weekday, EnglishWords.ParseMonth(m.G("month")) ?? 0, m.Has("year") ? Digits.Int(m.G("year")) : null, reference);
        }
        if (date is null || !m.Has("part"))
            return date;
        return EnglishTimeRules.PartOf(m.G("part"), "") is { } part ? new DatePartEntity(date, part) : null;
    }
}
