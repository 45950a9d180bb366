namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>A moment with its timex: ("XXXX-WXX-2T17", 2016-11-08 17:00).</summary>
internal readonly record struct Moment(string Timex, System.DateTime Value);

/// <summary>A day and a time ("nächsten Dienstag um 17 Uhr"), or "jetzt".</summary>
internal sealed record DateTimeEntity(IReadOnlyList<Moment> Moments, DateEntity? Date = null, TimeSpec? Time = null) : Entity
{
    public override string TypeName => "datetime";

    public static DateTimeEntity Present(System.DateTime reference) =>
        new([new Moment("PRESENT_REF", reference)]);

    public static DateTimeEntity Exact(System.DateTime moment) =>
        new([new Moment(Format.FullTimex(moment), moment)]);

    public static DateTimeEntity? Combine(DateEntity date, TimeSpec time)
    {
        if (!date.IsResolved)
            return null;
        var moments = new List<Moment>();
        foreach (var option in time.Options())
        {
            foreach (var day in date.Days())
                moments.Add(new Moment(date.Timex + option.Timex, day + option.Time));
        }
        return new DateTimeEntity(moments, date, time);
    }

    public bool IsPresent => Moments is [{ Timex: "PRESENT_REF" }];

    public override IReadOnlyList<DateTimeValue> ToValues() =>
        [.. Moments.Distinct().Select(m => new DateTimeValue(m.Timex, "datetime", Format.DateTime(m.Value)))];

    public override SpanReading? ToSpan() =>
        Moments.Count == 0 ? null : Scheduling.Pick(Moments, m => m.Value) is var m ? new SpanReading(m.Value, m.Value, true) : null;
}

/// <summary>A day with a part of the day: "Dienstagmorgen", "tomorrow night" (datetimerange such as 2016-11-08TNI).</summary>
internal sealed record DatePartEntity(DateEntity Date, PartOfDay Part) : Entity
{
    public override string TypeName => "datetimerange";

    public override IReadOnlyList<DateTimeValue> ToValues() =>
        [.. Date.Days().Select(d => new DateTimeValue(Date.Timex + Part.Timex, "datetimerange",
            Start: Format.DateTime(d + Part.Start), End: Format.DateTime(d + Part.End), Mod: Part.Mod))];

    public override SpanReading? ToSpan() =>
        Date.Future is { } d ? new SpanReading(d + Part.Start, d + Part.End, true) : null;
}

/// <summary>One reading of a range; a missing bound is open ("vor dem Wochenende" has only an end).</summary>
internal sealed record SpanValue(string Timex, System.DateTime? Start, System.DateTime? End, string? Mod = null);

internal enum RangeKind
{
    Date,
    Time,
    DateTime,
}

/// <summary>A range given as explicit readings: datetimeranges, and any range with a modifier.</summary>
internal sealed record RangeEntity(RangeKind Kind, IReadOnlyList<SpanValue> Spans, string? TypeOverride = null) : Entity
{
    public override string TypeName => TypeOverride ?? Kind switch
    {
        RangeKind.Date => "daterange",
        RangeKind.Time => "timerange",
        _ => "datetimerange",
    };

    private string ValueType => Kind switch
    {
        RangeKind.Date => "daterange",
        RangeKind.Time => "timerange",
        _ => "datetimerange",
    };

    private string Render(System.DateTime d) => Kind switch
    {
        RangeKind.Date => Format.Date(d),
        RangeKind.Time => Format.Time(d.TimeOfDay),
        _ => Format.DateTime(d),
    };

    public override IReadOnlyList<DateTimeValue> ToValues() =>
        [.. Spans.Distinct().Select(s => s.Start is null && s.End is null
            ? new DateTimeValue(s.Timex, ValueType, Value: Format.NotResolved, Mod: s.Mod)
            : new DateTimeValue(s.Timex, ValueType,
                Start: s.Start is { } a ? Render(a) : null, End: s.End is { } b ? Render(b) : null, Mod: s.Mod))];

    public override SpanReading? ToSpan()
    {
        var closed = Spans.Where(s => s.Start is not null && s.End is not null);
        var last = Kind == RangeKind.Time ? null : Scheduling.Pick(closed, s => s.Start!.Value);
        if (last?.Start is not { } start || last.End is not { } end)
            return null;
        return Kind == RangeKind.Date ? new SpanReading(start, end > start ? end.AddDays(-1) : start, false) : new SpanReading(start, end, true);
    }
}

/// <summary>"around 1pm", "around the 21st": upstream keeps the point's type name but calls the value a range.</summary>
internal sealed record ApproxEntity(Entity Inner, string Mod) : Entity
{
    public override string TypeName => Inner.TypeName;

    public override IReadOnlyList<DateTimeValue> ToValues() =>
        [.. Inner.ToValues().Select(v => v with { Type = v.Type.EndsWith("range", StringComparison.Ordinal) ? v.Type : v.Type + "range", Mod = Mod })];

    public override SpanReading? ToSpan() => Inner.ToSpan();
}
