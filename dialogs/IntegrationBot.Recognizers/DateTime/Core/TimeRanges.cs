namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Time ranges with upstream's am/pm rules, and time ranges placed on a day.</summary>
internal static class TimeRanges
{
    public static TimeRangeEntity Create(TimeSpec from, TimeSpec to) => new(Between(from, to), from, to);

    /// <summary>
    /// "5 to 6pm" puts 5 in the afternoon when that keeps the order; "zwischen 4 und 7" yields 4–7 and 16–19;
    /// "10-4" yields 10–16 and 22–04.
    /// </summary>
    public static IReadOnlyList<ClockRange> Between(TimeSpec s, TimeSpec e)
    {
        if (!s.Ambiguous && !e.Ambiguous)
            return [new ClockRange(s.Clock(s.Hour), e.Clock(e.Hour))];
        if (s.Ambiguous && !e.Ambiguous)
        {
            var pm = s.Hour < 12 ? s.Hour + 12 : s.Hour;
            var usePm = e.Hour >= 12 && new TimeSpan(pm, s.Minute, s.Second) < e.Time;
            return [new ClockRange(s.Clock(usePm ? pm : s.Hour), e.Clock(e.Hour))];
        }
        if (!s.Ambiguous)
        {
            var end = e.Time <= s.Time && e.Hour < 12 ? e.Hour + 12 : e.Hour;
            return [new ClockRange(s.Clock(s.Hour), e.Clock(end))];
        }
        var endA = e.Time > s.Time ? e.Hour : (e.Hour + 12) % 24;
        return
        [
            new ClockRange(s.Clock(s.Hour), e.Clock(endA)),
            new ClockRange(s.Clock((s.Hour + 12) % 24), e.Clock((endA + 12) % 24)),
        ];
    }

    /// <summary>"zwischen 4 und 6 Uhr nachmittags".</summary>
    public static TimeRangeEntity? In(TimeRangeEntity range, PartOfDay part) =>
        range.From is { } from && range.To is { } to ? Create(from.In(part), to.In(part)) : null;

    public static RangeEntity? OnDate(DateEntity date, TimeRangeEntity range)
    {
        if (!date.IsResolved)
            return null;
        var spans = new List<SpanValue>();
        foreach (var option in range.Options)
        {
            var crosses = option.End.Time <= option.Start.Time;
            var endTimex = crosses ? NextDayTimex(date) : date.Timex;
            var timex = $"({date.Timex}{option.Start.Timex},{endTimex}{option.End.Timex},{option.DurationText})";
            foreach (var day in date.Days())
                spans.Add(new SpanValue(timex, day + option.Start.Time, day.AddDays(crosses ? 1 : 0) + option.End.Time));
        }
        return new RangeEntity(RangeKind.DateTime, spans);
    }

    private static string NextDayTimex(DateEntity date)
    {
        if (date.IsOpenWeekday)
            return "XXXX-WXX-" + ((date.Timex[^1] - '0') % 7 + 1);
        return date.Past == date.Future && date.Future is { } d ? Format.Date(d.AddDays(1)) : date.Timex;
    }
}

/// <summary>"von Montag 7 Uhr bis Freitag 15 Uhr".</summary>
internal static class DateTimeRanges
{
    /// <summary>"from now until 3 min later": two single moments.</summary>
    public static Entity? Moments(DateTimeEntity a, DateTimeEntity b)
    {
        if (a.Moments is not [var start] || b.Moments is not [var end] || end.Value <= start.Value)
            return null;
        return new RangeEntity(RangeKind.DateTime,
            [new SpanValue($"({start.Timex},{end.Timex},{Format.ClockDuration(end.Value - start.Value)})", start.Value, end.Value)]);
    }

    /// <summary>"between now and eight o'clock": the reading of the time that lies on the right side of now.</summary>
    public static Entity? NowAnd(DateTimeEntity now, TimeEntity time, System.DateTime reference, bool nowFirst)
    {
        var options = time.Spec.Options();
        var pick = nowFirst
            ? options.FirstOrDefault(o => reference.Date + o.Time > reference)
            : options.FirstOrDefault(o => reference.Date + o.Time < reference);
        if (pick == default)
            return null;
        var moment = new Moment(Format.Date(reference) + pick.Timex, reference.Date + pick.Time);
        return nowFirst ? Moments(now, new DateTimeEntity([moment])) : Moments(new DateTimeEntity([moment]), now);
    }

    public static Entity? Between(DateTimeEntity a, DateTimeEntity? b, System.DateTime reference)
    {
        if (b is null || a.Date is not { } da || a.Time is not { } ta || b.Date is not { } db || b.Time is not { } tb)
            return null;
        if (Merges.DateRange(da, db, reference) is not DateRangeEntity { Future: not null } range)
            return null;
        var clock = TimeRanges.Between(ta, tb)[0];
        var spans = new List<SpanValue>();
        foreach (var span in range.Spans())
        {
            var start = span.Start + clock.Start.Time;
            var end = span.End + clock.End.Time;
            if (end <= start)
                continue;
            var timex = $"({da.Timex}{clock.Start.Timex},{db.Timex}{clock.End.Timex},{Format.ClockDuration(end - start)})";
            spans.Add(new SpanValue(timex, start, end));
        }
        return spans.Count == 0 ? null : new RangeEntity(RangeKind.DateTime, spans);
    }
}
