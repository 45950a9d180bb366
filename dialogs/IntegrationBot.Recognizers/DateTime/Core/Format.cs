using System.Globalization;

namespace IntegrationBot.Recognizers.DateTime.Core;

/// <summary>Upstream's wire formats for values and timex strings (invariant culture throughout).</summary>
internal static class Format
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public const string NotResolved = "not resolved";

    public static string Date(System.DateTime d) => d.ToString("yyyy-MM-dd", Inv);

    public static string DateTime(System.DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss", Inv);

    public static string Time(TimeSpan t) =>
        string.Create(Inv, $"{t.Hours:00}:{t.Minutes:00}:{t.Seconds:00}");

    public static string Number(decimal value) => value.ToString("0.##########", Inv);

    public static string Int(int value, int digits) => value.ToString(new string('0', digits), Inv);

    /// <summary>"XXXX-10-02", "2016-10-02", "XXXX-XX-18".</summary>
    public static string DateTimex(int? year, int? month, int? day)
    {
        var y = year is { } yy ? Int(yy, 4) : "XXXX";
        var m = month is { } mm ? Int(mm, 2) : "XX";
        return day is { } dd ? $"{y}-{m}-{Int(dd, 2)}" : $"{y}-{m}";
    }

    public static string DateTimex(System.DateTime d) => Date(d);

    /// <summary>"T16", "T16:30", "T08:00:31": only as precise as the user was.</summary>
    public static string TimeTimex(int hour, int minute, int second, TimePrecision precision) => precision switch
    {
        TimePrecision.Hour => "T" + Int(hour, 2),
        TimePrecision.Minute => $"T{Int(hour, 2)}:{Int(minute, 2)}",
        _ => $"T{Int(hour, 2)}:{Int(minute, 2)}:{Int(second, 2)}",
    };

    /// <summary>A computed span as upstream writes it in range timexes: "PT2H30M", "P37D".</summary>
    public static string ClockDuration(TimeSpan span)
    {
        var hours = (int)span.TotalHours;
        var text = "PT";
        if (hours > 0)
            text += hours.ToString(Inv) + "H";
        if (span.Minutes > 0)
            text += span.Minutes.ToString(Inv) + "M";
        if (span.Seconds > 0)
            text += span.Seconds.ToString(Inv) + "S";
        return text == "PT" ? "PT0S" : text;
    }

    /// <summary>Date and time as "2016-11-07T00:05:00", used for exact moments computed from durations.</summary>
    public static string FullTimex(System.DateTime d) => d.ToString("yyyy-MM-dd'T'HH:mm:ss", Inv);
}
