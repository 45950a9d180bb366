using System.Globalization;

namespace IntegrationBot.Recognizers.DateTime.Core;

internal enum DurationUnit
{
    Year,
    Month,
    Week,
    Weekend,
    Day,
    Hour,
    Minute,
    Second,
}

internal readonly record struct DurationPart(DurationUnit Unit, decimal Amount);

/// <summary>"3 Minuten", "fünfeinhalb Stunden"; value in seconds with upstream's 30-day months and 365-day years.</summary>
internal sealed record DurationEntity(IReadOnlyList<DurationPart> Parts, string? Mod = null) : Entity
{
    public override string TypeName => "duration";

    public static DurationEntity Of(DurationUnit unit, decimal amount) => new([new DurationPart(unit, amount)]);

    public string Timex
    {
        get
        {
            var date = "";
            var time = "";
            foreach (var part in Parts.OrderBy(p => p.Unit))
            {
                var n = part.Amount.ToString("0.##########", CultureInfo.InvariantCulture);
                switch (part.Unit)
                {
                    case DurationUnit.Year: date += n + "Y"; break;
                    case DurationUnit.Month: date += n + "M"; break;
                    case DurationUnit.Week: date += n + "W"; break;
                    case DurationUnit.Weekend: date += n + "WE"; break;
                    case DurationUnit.Day: date += n + "D"; break;
                    case DurationUnit.Hour: time += n + "H"; break;
                    case DurationUnit.Minute: time += n + "M"; break;
                    default: time += n + "S"; break;
                }
            }
            return "P" + date + (time.Length > 0 ? "T" + time : "");
        }
    }

    public decimal Seconds => Parts.Sum(p => p.Amount * UnitSeconds(p.Unit));

    public bool IsClockBased => Parts.All(p => p.Unit >= DurationUnit.Hour);

    public static decimal UnitSeconds(DurationUnit unit) => unit switch
    {
        DurationUnit.Year => 31536000m,
        DurationUnit.Month => 2592000m,
        DurationUnit.Week => 604800m,
        DurationUnit.Weekend => 172800m,
        DurationUnit.Day => 86400m,
        DurationUnit.Hour => 3600m,
        DurationUnit.Minute => 60m,
        _ => 1m,
    };

    /// <summary>Moves <paramref name="from"/> by the duration, calendar-aware for whole months and years.</summary>
    public System.DateTime AddTo(System.DateTime from, int sign = 1)
    {
        var result = from;
        foreach (var part in Parts)
        {
            var whole = decimal.Truncate(part.Amount) == part.Amount;
            result = part.Unit switch
            {
                DurationUnit.Year when whole => result.AddYears(sign * (int)part.Amount),
                DurationUnit.Month when whole => result.AddMonths(sign * (int)part.Amount),
                _ => result.AddSeconds(sign * (double)(part.Amount * UnitSeconds(part.Unit))),
            };
        }
        return result;
    }

    public override IReadOnlyList<DateTimeValue> ToValues() =>
        [new DateTimeValue(Timex, "duration", Format.Number(Seconds), Mod: Mod)];

    public override SpanReading? ToSpan() => null;
}

/// <summary>"jeden Montag", "every week": recurring, so upstream leaves the value unresolved.</summary>
internal sealed record SetEntity(string Timex) : Entity
{
    public override string TypeName => "set";

    public override IReadOnlyList<DateTimeValue> ToValues() => [new DateTimeValue(Timex, "set", Format.NotResolved)];

    public override SpanReading? ToSpan() => null;
}
