using System.Globalization;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Review;

namespace IntegrationBot.Host.Ideas;

/// <summary>
/// Reads the list and export filters from the query string: <c>status</c>, <c>field</c>, <c>language</c>, <c>q</c>
/// (text), <c>from</c>/<c>to</c> (a date, taken as midnight in Europe/Berlin, or an ISO 8601 time with offset; to is
/// exclusive), <c>offset</c>, <c>limit</c>. Errors are field → messages for validation problem details.
/// </summary>
internal static class IdeaQueryBinding
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static (IdeaQuery Query, Dictionary<string, string[]> Errors) Read(IQueryCollection values)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = new IdeaQuery
        {
            Status = Parse<IdeaStatus?>(values, "status", errors, s => Enum.TryParse<IdeaStatus>(s, ignoreCase: true, out var v) && !char.IsAsciiDigit(s[0]) ? v : null,
                $"One of {string.Join(", ", Enum.GetNames<IdeaStatus>())}."),
            Field = Text(values, "field"),
            Language = Text(values, "language")?.ToLowerInvariant(),
            Text = Text(values, "q"),
            From = Parse(values, "from", errors, Time, "A date (2026-11-01) or a time with offset (2026-11-01T08:00:00Z)."),
            To = Parse(values, "to", errors, Time, "A date (2026-11-30) or a time with offset (2026-11-30T18:00:00+01:00)."),
            Offset = Parse<int?>(values, "offset", errors, s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null, "A number from 0.") ?? 0,
            Limit = Parse<int?>(values, "limit", errors, s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= IdeaQuery.MaxLimit ? v : null,
                $"A number from 1 to {IdeaQuery.MaxLimit}.") ?? 50,
        };
        return (query, errors);
    }

    private static string? Text(IQueryCollection values, string name) =>
        values[name].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static T? Parse<T>(IQueryCollection values, string name, Dictionary<string, string[]> errors, Func<string, T?> parse, string expected)
    {
        if (Text(values, name) is not { } text)
            return default;
        var value = parse(text);
        if (value is null)
            errors[name] = [expected];
        return value;
    }

    private static DateTimeOffset? Time(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var midnight = date.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(midnight, Berlin.GetUtcOffset(midnight));
        }
        // An offset is required: a bare local time would be ambiguous.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && HasOffset(text) ? at : null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
