namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Joins that need a duration: "three weeks from tomorrow", "for 3 hours from 10 am", "a week starting tomorrow".</summary>
internal static class DurationMerges
{
    /// <summary>"2 weeks before Christmas", "three weeks from tomorrow".</summary>
    public static Combiner Shift(int sign) => (left, right, reference) => (left, right) switch
    {
        (DurationEntity { Mod: null, IsClockBased: false } d, DateEntity { Future: { } day }) =>
            DateEntity.Definite(d.AddTo(day, sign)),
        (DurationEntity { Mod: null } d, DateTimeEntity { Moments: [var moment] }) => DateTimeEntity.Exact(d.AddTo(moment.Value, sign)),
        _ => null,
    };

    /// <summary>"a week starting tomorrow", "for 3 days, from today".</summary>
    public static Entity? Starting(Entity left, Entity right, System.DateTime reference)
    {
        if (left is not DurationEntity { Mod: null } d || right is not DateEntity { Future: { } start } || d.IsClockBased)
            return null;
        var end = d.AddTo(start);
        return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(end)},{d.Timex})", start, end, Granularity.Day);
    }

    /// <summary>"from 10 am for 3 hours", "for 3 hours from 10 am": the end is written with seconds, as upstream does.</summary>
    public static Entity? TimeFor(Entity left, Entity right, System.DateTime reference)
    {
        var (time, duration) = (left, right) switch
        {
            (TimeEntity t, DurationEntity d) => (t, d),
            (DurationEntity d, TimeEntity t) => (t, d),
            _ => (null, null),
        };
        if (time is null || duration is not { Mod: null, IsClockBased: true })
            return null;
        var start = time.Spec.Options()[0];
        var end = start.Time + TimeSpan.FromSeconds((double)duration.Seconds);
        if (end >= TimeSpan.FromDays(1))
            return null;
        var endClock = new ClockTime(Format.TimeTimex(end.Hours, end.Minutes, end.Seconds, TimePrecision.Second), end);
        return new TimeRangeEntity([new ClockRange(start, endClock, duration.Timex)]);
    }

    /// <summary>"today before 4pm", "Tuesday after 1pm".</summary>
    public static Entity? DateAndModifiedTime(Entity left, Entity right, System.DateTime reference)
    {
        var (date, range) = (left, right) switch
        {
            (DateEntity d, RangeEntity r) => (d, r),
            (RangeEntity r, DateEntity d) => (d, r),
            _ => (null, null),
        };
        if (date is not { IsResolved: true } || range is not { Kind: RangeKind.Time } || range.Spans.Any(s => s.Mod is null))
            return null;
        return new RangeEntity(RangeKind.DateTime, [.. range.Spans.SelectMany(s => date.Days().Select(day => new SpanValue(
            date.Timex + s.Timex, s.Start is { } a ? day + a.TimeOfDay : null, s.End is { } b ? day + b.TimeOfDay : null, s.Mod)))]);
    }
}
