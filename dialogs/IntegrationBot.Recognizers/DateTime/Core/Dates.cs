namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Language-independent construction of days and moments from parsed parts.</summary>
internal static class Dates
{
    public static DateEntity? FromParts(int? year, int? month, int? day, System.DateTime reference)
    {
        if (month is not { } m || day is not { } d || m is < 1 or > 12 || d is < 1 or > 31)
            return null;
        if (year is { } y)
            return CalendarMath.TryDate(y, m, d) is { } date ? DateEntity.Definite(date) : DateEntity.Unresolved(Format.DateTimex(y, m, d));
        return CalendarMath.MonthDay(m, d, reference);
    }

    /// <summary>"in 3 Wochen" is a day, "in 5 Minuten" a moment; <paramref name="sign"/> −1 for "vor 3 Tagen".</summary>
    public static Entity Shift(DurationEntity duration, int sign, System.DateTime reference)
    {
        if (duration.IsClockBased)
            return DateTimeEntity.Exact(duration.AddTo(reference, sign));
        return DateEntity.Definite(duration.AddTo(reference.Date, sign));
    }

    /// <summary>"within 2h": from now until the duration has passed.</summary>
    public static Entity Within(DurationEntity duration, System.DateTime reference)
    {
        var end = duration.AddTo(reference);
        return new RangeEntity(RangeKind.DateTime, [new SpanValue($"({Format.FullTimex(reference)},{Format.FullTimex(end)},{duration.Timex})", reference, end)]);
    }

    /// <summary>"die nächsten 3 Tage" starts tomorrow; "die letzten 3 Monate" ends today.</summary>
    public static Entity Following(DurationEntity duration, int sign, System.DateTime reference)
    {
        if (duration.IsClockBased)
        {
            var other = duration.AddTo(reference, sign);
            var (a, b) = sign > 0 ? (reference, other) : (other, reference);
            return new RangeEntity(RangeKind.DateTime, [new SpanValue($"({Format.FullTimex(a)},{Format.FullTimex(b)},{duration.Timex})", a, b)]);
        }
        var (start, end) = sign > 0
            ? (reference.Date.AddDays(1), duration.AddTo(reference.Date.AddDays(1)))
            : (duration.AddTo(reference.Date, -1), reference.Date);
        return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(end)},{duration.Timex})", start, end, Granularity.Day);
    }
}
