namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>
/// Modifiers before or after an entity: "vor dem Wochenende" (before), "nach 2016" (after), "ab 14 Uhr" (since),
/// "as late as tomorrow" (until), "gegen Abend" (approx), "Ende des Monats" (end).
/// </summary>
internal static class Mods
{
    public const string Before = "before";
    public const string After = "after";
    public const string Since = "since";
    public const string Until = "until";

    public static Entity? Apply(Entity entity, string mod) => entity switch
    {
        DateEntity d when d.IsResolved => new RangeEntity(RangeKind.Date, [.. d.Days().Select(day => Point(d.Timex, day, mod))]),
        DateRangeEntity { Future: not null } r when r.Mod is null || (mod is Before or After && r.Mod is "start" or "end" or "mid") => new RangeEntity(RangeKind.Date,
            [.. r.Spans().Select(s => Bound(r.Timex, s, mod, r.Mod))]),
        TimeEntity t => new RangeEntity(RangeKind.Time, [.. t.Spec.Options().Select(o => Point(o.Timex, System.DateTime.MinValue + o.Time, mod))]),
        ApproxEntity { Inner: TimeEntity t } => Apply(t, mod) is RangeEntity r ? r with { Spans = [.. r.Spans.Select(s => s with { Mod = mod + "-approx" })] } : null,
        PartOfDayEntity p when p.Part.Mod is null => new RangeEntity(RangeKind.Time,
            [Bound(p.Part.Timex, new DaySpan(System.DateTime.MinValue + p.Part.Start, System.DateTime.MinValue + p.Part.End), mod, null)]),
        DateTimeEntity dt when !dt.IsPresent => new RangeEntity(RangeKind.DateTime, [.. dt.Moments.Select(m => Point(m.Timex, m.Value, mod))]),
        _ => null,
    };

    public static Entity? Approx(Entity entity) => entity switch
    {
        TimeEntity or DateEntity or DateTimeEntity => new ApproxEntity(entity, "approx"),
        PartOfDayEntity p when p.Part.Mod is null => new PartOfDayEntity(p.Part with { Mod = "approx" }),
        _ => null,
    };

    /// <summary>"Ende des Monats", "Anfang 2020", "dieses Jahr früh".</summary>
    public static Entity? Part(Entity entity, string mod) => entity switch
    {
        DateRangeEntity { Mod: null, Future: { } f } r when r.Unit == Granularity.Year && r.Timex.Length == 4 =>
            CalendarMath.Year(f.Start.Year, mod, r.WrittenYear),
        DateRangeEntity { Mod: null, Future: { } f } r when r.Unit == Granularity.Month && !r.Timex.StartsWith('(') =>
            r with
            {
                Past = r.Past is { } p ? CalendarMath.MonthSpan(p.Start.Year, p.Start.Month, mod) : null,
                Future = CalendarMath.MonthSpan(f.Start.Year, f.Start.Month, mod),
                Mod = mod
            },
        DateRangeEntity { Mod: null, Future: { } f } r when r.Unit == Granularity.Week && !r.Timex.EndsWith("WE", StringComparison.Ordinal) =>
            CalendarMath.Week(f.Start, mod),
        _ => null,
    };

    private static SpanValue Point(string timex, System.DateTime value, string mod) => mod is Before or Until
        ? new SpanValue(timex, null, value, mod)
        : new SpanValue(timex, value, null, mod);

    private static SpanValue Bound(string timex, DaySpan span, string mod, string? inner)
    {
        var combined = inner is null ? mod : mod + "-" + inner;
        return mod switch
        {
            Before => new SpanValue(timex, null, inner == "end" ? span.End : span.Start, combined),
            Until => new SpanValue(timex, null, span.End, combined),
            After => new SpanValue(timex, span.End, null, combined),
            _ => new SpanValue(timex, span.Start, null, combined),
        };
    }
}
