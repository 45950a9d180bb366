using System.Globalization;

namespace IntegrationBot.Schema;

/// <summary>ISO 8601 text as the Activity spec wants it: UTC with <c>Z</c>, local times with their offset.</summary>
public static class IsoTime
{
    private const string Seconds = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF";

    public static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) ? value : null;

    public static string? FormatUtc(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString(Seconds, CultureInfo.InvariantCulture) + (value is null ? null : "Z");

    public static string? Format(DateTimeOffset? value) =>
        value?.ToString(Seconds + "zzz", CultureInfo.InvariantCulture);
}
