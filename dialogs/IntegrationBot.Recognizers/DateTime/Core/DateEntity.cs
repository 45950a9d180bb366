namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>
/// A single day. <see cref="Past"/> and <see cref="Future"/> differ when the user left the year, month or week
/// open ("2. Oktober", "Dienstag"); both are null for impossible dates such as 29/2/2019.
/// </summary>
internal sealed record DateEntity(string Timex, System.DateTime? Past, System.DateTime? Future) : Entity
{
    public override string TypeName => "date";

    /// <summary>Upstream keeps a holiday and a following time apart ("Christmas Eve at 6 p.m." is two entities).</summary>
    public bool IsHoliday { get; init; }

    public static DateEntity Definite(System.DateTime day) => new(Format.Date(day), day.Date, day.Date);

    public static DateEntity Unresolved(string timex) => new(timex, null, null);

    public bool IsResolved => Future is not null;

    /// <summary>"XXXX-WXX-3": a weekday with the week left open.</summary>
    public bool IsOpenWeekday => Timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal);

    /// <summary>The distinct readings, past first.</summary>
    public IEnumerable<System.DateTime> Days()
    {
        if (Past is { } past)
            yield return past;
        if (Future is { } future && future != Past)
            yield return future;
    }

    public override IReadOnlyList<DateTimeValue> ToValues() => IsResolved
        ? [.. Days().Select(d => new DateTimeValue(Timex, "date", Format.Date(d)))]
        : [new DateTimeValue(Timex, "date", Format.NotResolved)];

    public override SpanReading? ToSpan() => Future is { } day ? new SpanReading(day, day, false) : null;
}
