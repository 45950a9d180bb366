using System.Globalization;
using System.Text;

namespace IntegrationBot.Domain.Events;

/// <summary>
/// One event as an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets without splitting a UTF-8
/// character, start and end in Münster time (<c>DTSTART;TZID=Europe/Berlin</c>) with the zone's rules in a VTIMEZONE,
/// so a calendar shows the local time the city announced even where its own zone data differs, and a UID that stays
/// the same for the event (or for one booking of it), so calendars update the entry instead of duplicating it.
/// </summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string UidDomain = "integrationbot.stadt-muenster.de";
    public const string TimeZoneId = "Europe/Berlin";
    private const int MaxOctets = 75;

    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    // Central European Time since 1996 (EU directive 2000/84/EC): summer time from the last Sunday of March 02:00 to
    // the last Sunday of October 03:00 local time. Calendars expand these rules themselves.
    private static readonly string[] TimeZoneBlock =
    [
        "BEGIN:VTIMEZONE",
        "TZID:" + TimeZoneId,
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ];

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
        foreach (var line in TimeZoneBlock)
            Line(text, line);
        Line(text, "BEGIN:VEVENT");
        Line(text, "UID:" + Uid(e.Id, bookingCode));
        Line(text, "DTSTAMP:" + Utc(stamp));
        Line(text, $"DTSTART;TZID={TimeZoneId}:" + Local(e.Start));
        Line(text, $"DTEND;TZID={TimeZoneId}:" + Local(e.End));
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

    private static string Local(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Berlin).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
