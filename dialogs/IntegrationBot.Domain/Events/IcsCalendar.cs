using System.Globalization;
using System.Text;

namespace IntegrationBot.Domain.Events;

/// <summary>
/// One event as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a UTF-8
/// character, times in UTC (no VTIMEZONE needed), and a UID that stays the same for the event (or for one booking of
/// it), so calendars update the entry instead of duplicating it.
/// </summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string UidDomain = "integrationbot.stadt-muenster.de";
    private const int MaxOctets = 75;

    public static string Uid(string eventId, string? bookingCode) =>
        bookingCode is null ? $"{eventId}@{UidDomain}" : $"{eventId}-{bookingCode}@{UidDomain}";

    public static string Write(EventRecord e, DateTimeOffset stamp, Uri? url, string? bookingCode = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//Stadt Muenster//IntegrationBot//DE");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "BEGIN:VEVENT");
        Line(text, "UID:" + Uid(e.Id, bookingCode));
        Line(text, "DTSTAMP:" + Utc(stamp));
        Line(text, "DTSTART:" + Utc(e.Start));
        Line(text, "DTEND:" + Utc(e.End));
        Line(text, "SUMMARY:" + Escape(e.Title));
        if (Location(e.Venue) is { } location)
            Line(text, "LOCATION:" + Escape(location));
        if (e.Description is { Length: > 0 } description)
            Line(text, "DESCRIPTION:" + Escape(description));
        if (url is not null)
            Line(text, "URL:" + url.AbsoluteUri);
        Line(text, "END:VEVENT");
        Line(text, "END:VCALENDAR");
        return text.ToString();
    }

    public static string? Location(Venue venue)
    {
        ArgumentNullException.ThrowIfNull(venue);
        var parts = new[] { venue.Name, venue.Room, venue.Address }.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return parts.Length == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>TEXT escaping (RFC 5545 3.3.11).</summary>
    public static string Escape(string value) => value
        .Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace(";", @"\;", StringComparison.Ordinal)
        .Replace(",", @"\,", StringComparison.Ordinal)
        .Replace("\r\n", @"\n", StringComparison.Ordinal)
        .Replace("\n", @"\n", StringComparison.Ordinal);

    /// <summary>Appends one content line, folded (RFC 5545 3.1): at most 75 octets, continuation lines start with a space.</summary>
    public static void Line(StringBuilder text, string line)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(line);
        var octets = 0;
        var limit = MaxOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space counts
            }
            text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        text.Append("\r\n");
    }

    private static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
