using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>Quarters, halves, decades and seasons ("q1 2019", "the next two decades", "1990s", "summer").</summary>
internal static class EnglishPeriodRules
{
    internal static DateRangeEntity Quarters(decimal count, int sign, System.DateTime reference)
    {
        var current = QuarterOf(reference).Future!.Value.Start;
        var months = (int)count * 3;
        var (start, end) = sign > 0 ? (current.AddMonths(3), current.AddMonths(3 + months)) : (current.AddMonths(-months), current);
        return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(end)},P{months}M)", start, end, Granularity.Month);
    }

    internal static DateRangeEntity Decades(int count, int sign, System.DateTime reference)
    {
        var current = new System.DateTime(reference.Year / 10 * 10, 1, 1);
        var (start, end) = sign > 0 ? (current.AddYears(10), current.AddYears(10 + 10 * count)) : (current.AddYears(-10 * count), current);
        return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(end)},P{10 * count}Y)", start, end, Granularity.Year);
    }

    internal static Entity? Decade(Match m, System.DateTime reference) => m.G("rel") switch
    {
        "next" or "following" => Decades(1, 1, reference),
        "last" or "previous" => Decades(1, -1, reference),
        _ => Decades(1, 1, reference.AddYears(-10)),
    };

    internal static Entity? DecadeOf(Match m, System.DateTime reference)
    {
        var text = m.G("decade");
        if (text.Length == 4)
        {
            var start = new System.DateTime(Digits.Int(text)!.Value, 1, 1);
            return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(start.AddYears(10))},P10Y)", start, start.AddYears(10), Granularity.Year);
        }
        if (text.Length != 2)
            return null;
        var decade = Digits.Int(text)!.Value;
        var timex = $"(XX{text}-01-01,XX{Format.Int((decade + 10) % 100, 2)}-01-01,P10Y)";
        var past = new System.DateTime(1900 + decade, 1, 1);
        var future = new System.DateTime(2000 + decade, 1, 1);
        return new DateRangeEntity(timex, new DaySpan(past, past.AddYears(10)), new DaySpan(future, future.AddYears(10)), Granularity.Year);
    }

    internal static Entity? Quarter(Match m, System.DateTime reference)
    {
        var q = m.Has("q") ? m.G("q")[1] - '0' : m.G("ord") switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };
        if (m.Has("year"))
            return CalendarMath.Quarter(Digits.Int(m.G("year"))!.Value, q);
        var month = 3 * q - 2;
        var futureYear = 3 * q < reference.Month ? reference.Year + 1 : reference.Year;
        var pastYear = month > reference.Month ? reference.Year - 1 : reference.Year;
        DaySpan In(int y) => new(new System.DateTime(y, month, 1), new System.DateTime(y, month, 1).AddMonths(3));
        return new DateRangeEntity($"(XXXX-{Format.Int(month, 2)}-01,XXXX-{Format.Int(month + 3 > 12 ? 1 : month + 3, 2)}-01,P3M)",
            In(pastYear), In(futureYear), Granularity.Month);
    }

    internal static Entity? Half(Match m, System.DateTime reference)
    {
        var start = new System.DateTime(Digits.Int(m.G("year"))!.Value, m.G("h") == "1" ? 1 : 7, 1);
        return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(start.AddMonths(6))},P6M)", start, start.AddMonths(6), Granularity.Month);
    }

    internal static Entity? Season(Match m, System.DateTime reference)
    {
        var code = m.G("season") switch { "summer" => "SU", "fall" or "autumn" => "FA", "winter" => "WI", _ => "SP" };
        int? year = m.Has("year") ? Digits.Int(m.G("year")) : m.Has("rel") ? reference.Year + EnglishRangeRules.Offset(m.G("rel")) : null;
        return Seasons.Create(code, year, reference);
    }

    internal static DateRangeEntity QuarterOf(System.DateTime day) => CalendarMath.Quarter(day.Year, (day.Month + 2) / 3);
}
