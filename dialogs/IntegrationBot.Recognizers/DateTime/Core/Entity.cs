namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>What a piece of text means, already resolved against the reference time.</summary>
internal abstract record Entity
{
    /// <summary>The datetimeV2 sub-type: date, time, datetime, daterange, timerange, datetimerange, duration, set.</summary>
    public abstract string TypeName { get; }

    public abstract IReadOnlyList<DateTimeValue> ToValues();

    /// <summary>The reading to schedule with (the future one), or null for durations and sets.</summary>
    public abstract SpanReading? ToSpan();
}

/// <summary>An entity found at [Start, Start + Length) of the lower-cased input.</summary>
internal sealed record Candidate(int Start, int Length, Entity Entity)
{
    public int End => Start + Length;

    public bool Overlaps(Candidate other) => Start < other.End && other.Start < End;
}

/// <summary>
/// The future reading of an entity as concrete bounds. Date-only spans (<see cref="HasTime"/> false) run from the
/// first to the last day inclusive at midnight; spans with a time are exact instants.
/// </summary>
internal readonly record struct SpanReading(System.DateTime Start, System.DateTime End, bool HasTime);
