using System.Globalization;
using IntegrationBot.Recognizers;

namespace IntegrationBot.Engine.Prompts;

/// <summary>Turns datetimeV2 readings into a concrete span, preferring the reading that lies ahead (scheduling is about the future).</summary>
internal static class DateTimeSpans
{
    private const string Format = "yyyy-MM-dd HH:mm:ss";

    public static DateTimeSpan? FirstFuture(IReadOnlyList<ModelResult> results, DateTime reference)
    {
        foreach (var result in results)
        {
            if (result.Resolution is not DateTimeResolution resolution)
                continue;
            var spans = resolution.Values.Select(v => ToSpan(v, reference)).OfType<DateTimeSpan>().ToList();
            if (spans.Count > 0)
                return spans.FirstOrDefault(s => s.End >= reference) ?? spans[^1];
        }
        return null;
    }

    private static DateTimeSpan? ToSpan(DateTimeValue value, DateTime reference) => value.Type switch
    {
        "date" when Parse(value.Value) is { } day => new DateTimeSpan(day, day.AddDays(1).AddTicks(-1), value.Timex),
        "datetime" when Parse(value.Value) is { } at => new DateTimeSpan(at, at, value.Timex),
        "time" when Parse(reference.ToString("yyyy-MM-dd ", CultureInfo.InvariantCulture) + value.Value) is { } at => new DateTimeSpan(at, at, value.Timex),
        "daterange" or "datetimerange" when Parse(value.Start) is { } start && Parse(value.End) is { } end =>
            new DateTimeSpan(start, value.Type == "daterange" ? end.AddTicks(-1) : end, value.Timex),
        _ => null,
    };

    private static DateTime? Parse(string? text)
    {
        if (text is null)
            return null;
        if (System.DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return at;
        return System.DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}
