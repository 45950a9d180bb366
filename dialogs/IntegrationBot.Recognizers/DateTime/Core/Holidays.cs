namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Holiday dates per year: fixed ones, Easter-based ones (Gauss/Meeus computus) and weekday rules.</summary>
internal static class Holidays
{
    public static System.DateTime EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new System.DateTime(year, month, day);
    }

    /// <summary>The <paramref name="n"/>-th <paramref name="isoDay"/> of a month; n = -1 is the last one.</summary>
    public static System.DateTime NthWeekday(int year, int month, int isoDay, int n)
    {
        if (n < 0)
        {
            var last = new System.DateTime(year, month, System.DateTime.DaysInMonth(year, month));
            return last.AddDays(-((CalendarMath.IsoDay(last) - isoDay + 7) % 7));
        }
        var first = new System.DateTime(year, month, 1);
        return first.AddDays((isoDay - CalendarMath.IsoDay(first) + 7) % 7 + 7 * (n - 1));
    }

    /// <summary>Sunday before the first Advent Sunday (Ewigkeitssonntag); Advent is the fourth Sunday before 25 December.</summary>
    public static System.DateTime FirstAdvent(int year)
    {
        var christmas = new System.DateTime(year, 12, 25);
        var sundayBefore = christmas.AddDays(-(CalendarMath.IsoDay(christmas) % 7 == 0 ? 7 : CalendarMath.IsoDay(christmas)));
        return sundayBefore.AddDays(-21);
    }
}

/// <summary>A named holiday: how to find it in a year, and whether its date is fixed (timex XXXX-MM-DD) or moves (timex XXXX).</summary>
internal sealed record Holiday(Func<int, System.DateTime> InYear, bool Fixed)
{
    public static Holiday On(int month, int day) => new(y => new System.DateTime(y, month, day), true);

    public static Holiday Easter(int offsetDays) => new(y => Holidays.EasterSunday(y).AddDays(offsetDays), false);

    public static Holiday Nth(int month, int isoDay, int n) => new(y => Holidays.NthWeekday(y, month, isoDay, n), false);

    public static Holiday Rule(Func<int, System.DateTime> rule) => new(rule, false);

    /// <summary>Past and future occurrences around the reference, as upstream resolves a holiday without a year.</summary>
    public DateEntity Resolve(System.DateTime reference, bool datedTimex = false)
    {
        var thisYear = InYear(reference.Year);
        var future = thisYear >= reference.Date ? thisYear : InYear(reference.Year + 1);
        var past = thisYear < reference.Date ? thisYear : InYear(reference.Year - 1);
        // Upstream's English writes this year's month and day even for movable feasts; German writes "XXXX".
        var timex = Fixed || datedTimex ? Format.DateTimex(null, thisYear.Month, thisYear.Day) : "XXXX";
        return new DateEntity(timex, past, future) { IsHoliday = true };
    }

    public DateEntity InGivenYear(int year) => DateEntity.Definite(InYear(year)) with { IsHoliday = true };
}
