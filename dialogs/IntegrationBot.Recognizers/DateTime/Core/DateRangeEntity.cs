namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Days from <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
internal readonly record struct DaySpan(System.DateTime Start, System.DateTime End);

/// <summary>How coarse a date range is; decides the unit of a computed duration ("P2M" or "P37D").</summary>
internal enum Granularity
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A range of whole days: a month, week, year, quarter, "die nächsten 3 Tage". Past and future readings differ
/// when the year is open ("im Mai"); both are null for "not resolved" ranges (fiscal years, seasons).
/// </summary>
internal sealed record DateRangeEntity(string Timex, DaySpan? Past, DaySpan? Future, Granularity Unit, string? Mod = null) : Entity
{
    /// <summary>A year written as digits ("Ende 1989"): upstream splits those in thirds, relative years in halves.</summary>
    public bool WrittenYear { get; init; }

    /// <summary>"vom 3. bis 5. März" names its last day; calendar units (months, weeks) end before <see cref="DaySpan.End"/>.</summary>
    public bool EndIsLastDay { get; init; }

    public override string TypeName => "daterange";

    public static DateRangeEntity Definite(string timex, System.DateTime start, System.DateTime end, Granularity unit, string? mod = null) =>
        new(timex, new DaySpan(start, end), new DaySpan(start, end), unit, mod);

    public IEnumerable<DaySpan> Spans()
    {
        if (Past is { } past)
            yield return past;
        if (Future is { } future && future != Past)
            yield return future;
    }

    public override IReadOnlyList<DateTimeValue> ToValues() => Future is null
        ? [new DateTimeValue(Timex, "daterange", Value: Format.NotResolved, Mod: Mod)]
        : [.. Spans().Select(s => new DateTimeValue(Timex, "daterange", Start: Format.Date(s.Start), End: Format.Date(s.End), Mod: Mod))];

    public override SpanReading? ToSpan() => Future is { } f
        ? new SpanReading(f.Start, f.End > f.Start && !EndIsLastDay ? f.End.AddDays(-1) : f.End, false)
        : null;
}
