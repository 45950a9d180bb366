namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Language-independent ways to join two neighbouring entities.</summary>
internal static class Merges
{
    /// <summary>Bound of a range: a timex for the range's own timex and the past/future days.</summary>
    private readonly record struct Bound(string Timex, System.DateTime? Past, System.DateTime? Future, Granularity Unit, bool OpenWeekday, int IsoDay, bool IsNow = false);

    private static Bound? ToBound(Entity entity, bool isEnd, System.DateTime reference)
    {
        switch (entity)
        {
            case DateEntity d when d.IsResolved:
                return new Bound(d.Timex, d.Past, d.Future, Granularity.Day, d.IsOpenWeekday,
                    d.IsOpenWeekday ? d.Timex[^1] - '0' : 0);
            case DateTimeEntity { IsPresent: true }:
                return new Bound(Format.Date(reference), reference.Date, reference.Date, Granularity.Day, false, 0, IsNow: true);
            case DateRangeEntity { Future: { } future } r when r.Mod is null or "start" or "end":
                var past = r.Past ?? future;
                var useEnd = isEnd && r.Mod == "end";
                var (p, f) = useEnd ? (past.End, future.End) : (past.Start, future.Start);
                var open = r.Past != r.Future;
                var timex = open ? "XXXX" + Format.Date(f)[4..] : Format.Date(f);
                return new Bound(timex, p, f, useEnd && r.Unit == Granularity.Year ? Granularity.Month : r.Unit, false, 0);
            default:
                return null;
        }
    }

    /// <summary>"vom 3. bis 5. März", "from May to September", "between 2014 and 2018".</summary>
    public static Entity? DateRange(Entity left, Entity right, System.DateTime reference)
    {
        if (ToBound(left, false, reference) is not { } a || ToBound(right, true, reference) is not { } b)
            return null;
        System.DateTime futureBegin, futureEnd, pastBegin, pastEnd;
        if (a.OpenWeekday && b.OpenWeekday)
        {
            var monday = CalendarMath.Monday(reference);
            futureBegin = pastBegin = monday.AddDays(a.IsoDay - 1);
            futureEnd = pastEnd = monday.AddDays(b.IsoDay - 1);
        }
        else
        {
            a = WithYearOf(a, b);
            b = InWeekOf(b, a);
            a = StartInWeekOf(a, b);
            (futureBegin, futureEnd) = (a.Future!.Value, b.Future!.Value);
            (pastBegin, pastEnd) = (a.Past ?? futureBegin, b.Past ?? futureEnd);
            if (a.Timex.EndsWith("-02-29", StringComparison.Ordinal) && b.Timex.StartsWith("XXXX", StringComparison.Ordinal)
                && CalendarMath.TryDate(pastBegin.Year, futureEnd.Month, futureEnd.Day) is { } aligned && aligned > pastBegin)
                pastEnd = aligned;
            if (futureBegin > futureEnd)
                futureBegin = pastBegin;
            if (pastEnd < pastBegin)
                pastEnd = futureEnd;
        }
        if (futureEnd < futureBegin)
            return null;
        var unit = a.Unit < b.Unit ? a.Unit : b.Unit;
        var duration = DurationBetween(futureBegin, futureEnd, unit);
        var pastDuration = DurationBetween(pastBegin, pastEnd, unit);
        if (pastDuration != duration && pastBegin != futureBegin)
        {
            // Upstream computes each reading's duration on its own (28/2–1/3 spans one day, or two in a leap year).
            return new RangeEntity(RangeKind.Date,
            [
                new SpanValue($"({a.Timex},{b.Timex},{pastDuration})", pastBegin, pastEnd),
                new SpanValue($"({a.Timex},{b.Timex},{duration})", futureBegin, futureEnd),
            ]);
        }
        return new DateRangeEntity($"({a.Timex},{b.Timex},{duration})",
            new DaySpan(pastBegin, pastEnd), new DaySpan(futureBegin, futureEnd), Granularity.Day)
        { EndIsLastDay = b.Unit == Granularity.Day };
    }

    /// <summary>"from next Monday to Friday": an open weekday at the end falls in the start's week.</summary>
    private static Bound InWeekOf(Bound b, Bound a)
    {
        if (!b.OpenWeekday || a.OpenWeekday || a.Past != a.Future || a.Future is not { } start)
            return b;
        var day = CalendarMath.Monday(start).AddDays(b.IsoDay - 1);
        if (day < start)
            day = day.AddDays(7);
        return b with { Timex = Format.Date(day), Past = day, Future = day, OpenWeekday = false };
    }

    /// <summary>"from Monday to Wednesday next week": an open weekday at the start falls in the end's week.</summary>
    private static Bound StartInWeekOf(Bound a, Bound b)
    {
        if (!a.OpenWeekday || b.OpenWeekday || b.Past != b.Future || b.Future is not { } end)
            return a;
        var day = CalendarMath.Monday(end).AddDays(a.IsoDay - 1);
        if (day > end)
            day = day.AddDays(-7);
        return a with { Timex = Format.Date(day), Past = day, Future = day, OpenWeekday = false };
    }

    /// <summary>"10/1-11/2/2017": an open year at the start takes the end's year (or the one before).</summary>
    private static Bound WithYearOf(Bound a, Bound b)
    {
        if (!a.Timex.StartsWith("XXXX-", StringComparison.Ordinal) || a.OpenWeekday || b.IsNow || b.Future is not { } end
            || b.Past != b.Future || b.Timex.StartsWith("XXXX", StringComparison.Ordinal) || a.Future is not { } start)
            return a;
        var year = end.Year;
        if (CalendarMath.TryDate(year, start.Month, start.Day) is not { } moved)
            return a;
        if (moved > end)
            moved = moved.AddYears(-1);
        return a with { Timex = Format.Date(moved), Past = moved, Future = moved };
    }

    private static string DurationBetween(System.DateTime from, System.DateTime to, Granularity unit)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        return unit switch
        {
            Granularity.Year when from.Month == to.Month && from.Day == to.Day => $"P{to.Year - from.Year}Y",
            Granularity.Year or Granularity.Month when from.Day == to.Day => $"P{months}M",
            _ => $"P{(to - from).Days}D",
        };
    }

    /// <summary>Date and time in either order: "am 14. Mai um 16 Uhr", "16 Uhr am 14. Mai", "heute Abend um 8".</summary>
    public static Entity? DateAndTime(Entity left, Entity right, System.DateTime reference) => (left, right) switch
    {
        (DateEntity { IsHoliday: true }, _) => null,
        (DateEntity d, TimeEntity t) => DateTimeEntity.Combine(d, t.Spec),
        (TimeEntity t, DateEntity d) => DateTimeEntity.Combine(d, t.Spec),
        (DatePartEntity dp, TimeEntity t) => DateTimeEntity.Combine(dp.Date, t.Spec.In(dp.Part)),
        (TimeEntity t, DatePartEntity dp) => DateTimeEntity.Combine(dp.Date, t.Spec.In(dp.Part)),
        _ => null,
    };

    /// <summary>"Dienstag Abend", "tomorrow night".</summary>
    public static Entity? DateAndPart(Entity left, Entity right, System.DateTime reference) => (left, right) switch
    {
        (DateEntity d, PartOfDayEntity p) when d.IsResolved && !p.Part.IsMeal => new DatePartEntity(d, p.Part),
        (PartOfDayEntity p, DateEntity d) when d.IsResolved && !p.Part.IsMeal => new DatePartEntity(d, p.Part),
        _ => null,
    };

    /// <summary>"abends um 8 Uhr", "Viertel nach 8 abends", "in the afternoon at 7".</summary>
    public static Entity? TimeAndPart(Entity left, Entity right, System.DateTime reference) => (left, right) switch
    {
        (PartOfDayEntity p, TimeEntity t) when !p.Part.IsMeal => new TimeEntity(t.Spec.In(p.Part)),
        (TimeEntity t, PartOfDayEntity p) when !p.Part.IsMeal => new TimeEntity(t.Spec.In(p.Part)),
        (TimeRangeEntity r, PartOfDayEntity p) => TimeRanges.In(r, p.Part),
        _ => null,
    };

    /// <summary>"Donnerstag zwischen 4 und 6 Uhr", "today from 7 to 7:30".</summary>
    public static Entity? DateAndTimeRange(Entity left, Entity right, System.DateTime reference) => (left, right) switch
    {
        (DateEntity d, TimeRangeEntity r) => TimeRanges.OnDate(d, r),
        (TimeRangeEntity r, DateEntity d) => TimeRanges.OnDate(d, r),
        (DatePartEntity dp, TimeRangeEntity r) => TimeRanges.In(r, dp.Part) is TimeRangeEntity tr ? TimeRanges.OnDate(dp.Date, tr) : null,
        (TimeRangeEntity r, DatePartEntity dp) => TimeRanges.In(r, dp.Part) is TimeRangeEntity tr ? TimeRanges.OnDate(dp.Date, tr) : null,
        _ => null,
    };

    /// <summary>"von 9:00 bis 17:00", "von Montag 7 Uhr bis Freitag 15 Uhr".</summary>
    public static Entity? TimeOrDateTimeRange(Entity left, Entity right, System.DateTime reference) => (left, right) switch
    {
        (TimeEntity a, TimeEntity b) => new TimeRangeEntity(TimeRanges.Between(a.Spec, b.Spec)),
        (DateTimeEntity a, DateTimeEntity b) when a.Date is null || b.Date is null => DateTimeRanges.Moments(a, b),
        (DateTimeEntity { IsPresent: true } a, TimeEntity b) => DateTimeRanges.NowAnd(a, b, reference, nowFirst: true),
        (TimeEntity a, DateTimeEntity { IsPresent: true } b) => DateTimeRanges.NowAnd(b, a, reference, nowFirst: false),
        (DateTimeEntity a, DateTimeEntity b) => DateTimeRanges.Between(a, b, reference),
        (DateTimeEntity a, TimeEntity b) when a.Date is { } d => DateTimeRanges.Between(a, DateTimeEntity.Combine(d, b.Spec), reference),
        _ => null,
    };

    /// <summary>"1 Stunde und 30 Minuten".</summary>
    public static Entity? Durations(Entity left, Entity right, System.DateTime reference) =>
        (left, right) is (DurationEntity a, DurationEntity b) && a.Mod is null && b.Mod is null
            && a.Parts.Max(p => p.Unit) < b.Parts.Min(p => p.Unit)
            ? new DurationEntity([.. a.Parts, .. b.Parts])
            : null;

    /// <summary>"jeden Mittwoch um 16 Uhr", "6am everyday".</summary>
    public static Entity? SetAndTime(Entity left, Entity right, System.DateTime reference) => (left, right) switch
    {
        (SetEntity s, TimeEntity t) => Sets.At(s, t.Spec),
        (TimeEntity t, SetEntity s) => Sets.At(s, t.Spec),
        _ => null,
    };
}
