namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>A clock time with its timex, e.g. ("T17", 17:00).</summary>
internal readonly record struct ClockTime(string Timex, TimeSpan Time);

/// <summary>
/// A time of day as written. <see cref="Ambiguous"/> is set when nothing said am or pm ("um 5", "halb 8"),
/// which upstream answers with both readings.
/// </summary>
internal sealed record TimeSpec(int Hour, int Minute, int Second, TimePrecision Precision, bool Ambiguous)
{
    public static TimeSpec? Create(int hour, int minute = 0, int second = 0,
        TimePrecision precision = TimePrecision.Hour, bool ambiguous = true)
    {
        if (hour is < 0 or > 24 || minute is < 0 or > 59 || second is < 0 or > 59)
            return null;
        if (hour == 24)
            hour = 0;
        return new TimeSpec(hour, minute, second, precision, ambiguous && hour is >= 1 and <= 12);
    }

    public TimeSpan Time => new(Hour, Minute, Second);

    public ClockTime Clock(int hour) =>
        new(Format.TimeTimex(hour, Minute, Second, Precision), new TimeSpan(hour, Minute, Second));

    public IReadOnlyList<ClockTime> Options() => Ambiguous
        ? [Clock(Hour), Clock((Hour + 12) % 24)]
        : [Clock(Hour)];

    public TimeSpec Am() => this with { Hour = Hour == 12 ? 0 : Hour, Ambiguous = false };

    public TimeSpec Pm() => this with { Hour = Hour < 12 ? Hour + 12 : Hour, Ambiguous = false };

    public TimeSpec Fixed() => this with { Ambiguous = false };

    /// <summary>Applies "abends", "in the morning", "tonight" to an open hour.</summary>
    public TimeSpec In(PartOfDay part)
    {
        if (!Ambiguous && Hour != 12)
            return this;
        return part.Code switch
        {
            "MO" => Hour == 12 ? Fixed() : Am(),
            "AF" => Hour == 12 ? Fixed() : Pm(),
            "EV" => Hour == 12 ? this with { Hour = 0, Ambiguous = false } : Pm(),
            "NI" => Hour == 12 ? this with { Hour = 0, Ambiguous = false } : Hour >= 6 ? Pm() : Fixed(),
            _ => this,
        };
    }
}

/// <summary>A time: one option per reading (am/pm), each with its own timex.</summary>
internal sealed record TimeEntity(TimeSpec Spec) : Entity
{
    public override string TypeName => "time";

    public override IReadOnlyList<DateTimeValue> ToValues() =>
        [.. Spec.Options().Select(o => new DateTimeValue(o.Timex, "time", Format.Time(o.Time)))];

    public override SpanReading? ToSpan() => null;
}

/// <summary>"morgens" 08–12, "nachmittags" 12–16, "abends" 16–20, "nachts" 20–23:59:59 (upstream's bounds).</summary>
internal sealed record PartOfDay(string Code, TimeSpan Start, TimeSpan End, string? Mod = null)
{
    public static readonly PartOfDay Morning = new("MO", TimeSpan.FromHours(8), TimeSpan.FromHours(12));
    public static readonly PartOfDay Afternoon = new("AF", TimeSpan.FromHours(12), TimeSpan.FromHours(16));
    public static readonly PartOfDay Evening = new("EV", TimeSpan.FromHours(16), TimeSpan.FromHours(20));
    public static readonly PartOfDay Night = new("NI", TimeSpan.FromHours(20), new TimeSpan(23, 59, 59));
    public static readonly PartOfDay Daytime = new("DT", TimeSpan.FromHours(8), TimeSpan.FromHours(18));
    public static readonly PartOfDay NightTime = new("NT", TimeSpan.Zero, TimeSpan.FromHours(8));
    public static readonly PartOfDay Breakfast = new("MEB", TimeSpan.FromHours(8), TimeSpan.FromHours(12));
    public static readonly PartOfDay Lunch = new("MEL", TimeSpan.FromHours(11), TimeSpan.FromHours(13));
    public static readonly PartOfDay Dinner = new("MED", TimeSpan.FromHours(16), TimeSpan.FromHours(20));

    /// <summary>"frühmorgens", "early in the morning": the first two hours.</summary>
    public PartOfDay Early() => this with { End = Start + TimeSpan.FromHours(2), Mod = "start" };

    /// <summary>"spätabends", "late afternoon": the last two hours.</summary>
    public PartOfDay Late() => this with { Start = End - TimeSpan.FromHours(2), Mod = "end" };

    public string Timex => "T" + Code;

    /// <summary>Breakfast, lunch and dinner stand alone; they do not turn a day into a day part.</summary>
    public bool IsMeal => Code.StartsWith("ME", StringComparison.Ordinal);
}

/// <summary>A part of the day on its own: a timerange such as TMO.</summary>
internal sealed record PartOfDayEntity(PartOfDay Part) : Entity
{
    public override string TypeName => "timerange";

    public override IReadOnlyList<DateTimeValue> ToValues() =>
        [new DateTimeValue(Part.Timex, "timerange", Start: Format.Time(Part.Start), End: Format.Time(Part.End), Mod: Part.Mod)];

    public override SpanReading? ToSpan() => null;
}

/// <summary>Start and end of a time range, e.g. T17..T18.</summary>
internal sealed record ClockRange(ClockTime Start, ClockTime End, string? DurationTimex = null)
{
    public TimeSpan Duration => End.Time >= Start.Time ? End.Time - Start.Time : End.Time - Start.Time + TimeSpan.FromDays(1);

    public string Timex => $"({Start.Timex},{End.Timex},{DurationText})";

    public string DurationText => DurationTimex ?? Format.ClockDuration(Duration);
}

/// <summary>"von 17 bis 18 Uhr"; several options where am/pm is open.</summary>
internal sealed record TimeRangeEntity(IReadOnlyList<ClockRange> Options, TimeSpec? From = null, TimeSpec? To = null) : Entity
{
    public override string TypeName => "timerange";

    public override IReadOnlyList<DateTimeValue> ToValues() =>
        [.. Options.Select(o => new DateTimeValue(o.Timex, "timerange", Start: Format.Time(o.Start.Time), End: Format.Time(o.End.Time)))];

    public override SpanReading? ToSpan() => null;
}
