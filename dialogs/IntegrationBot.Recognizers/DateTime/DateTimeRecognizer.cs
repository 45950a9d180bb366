namespace IntegrationBot.Recognizers.DateTime;

/// <summary>Dates, times, ranges, durations and sets, resolved against a wall-clock reference time.</summary>
public static class DateTimeRecognizer
{
    // Placeholder until the date/time model lands: recognizes nothing.
    public static IReadOnlyList<ModelResult> Recognize(string text, string culture, System.DateTime reference) => [];
}
