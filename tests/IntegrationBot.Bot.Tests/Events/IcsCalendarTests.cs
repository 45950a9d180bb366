using IntegrationBot.Domain.Events;

namespace IntegrationBot.Bot.Tests.Events;

/// <summary>The calendar file's time zone (RFC 5545 3.6.5): a VTIMEZONE for Europe/Berlin and local start/end times across DST.</summary>
public sealed class IcsCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_file_carries_the_berlin_time_zone_with_both_rules_before_the_event()
    {
        var lines = Unfold(IcsCalendar.Write(Event(new DateTimeOffset(2027, 1, 14, 17, 0, 0, TimeSpan.Zero)), Stamp, null));

        var zone = lines.SkipWhile(l => l != "BEGIN:VTIMEZONE").TakeWhile(l => l != "END:VTIMEZONE").ToList();
        Assert.Equal("TZID:Europe/Berlin", zone[1]);
        Assert.Equal(Block("+0100", "+0200", "CEST", "19700329T020000", "3"), Between(zone, "DAYLIGHT"));
        Assert.Equal(Block("+0200", "+0100", "CET", "19701025T030000", "10"), Between(zone, "STANDARD"));
        Assert.True(lines.IndexOf("END:VTIMEZONE") < lines.IndexOf("BEGIN:VEVENT"));
        Assert.Single(lines, l => l == "BEGIN:VTIMEZONE");
    }

    [Theory]
    [InlineData("2027-01-14T17:00:00Z", "20270114T180000")] // winter: UTC+1
    [InlineData("2027-06-10T16:00:00Z", "20270610T180000")] // summer: UTC+2
    [InlineData("2027-03-27T17:00:00Z", "20270327T180000")] // Saturday before the spring change
    [InlineData("2027-03-28T17:00:00Z", "20270328T190000")] // the Sunday of the change
    [InlineData("2027-10-31T00:30:00Z", "20271031T023000")] // 02:30 CEST, the first of the two 02:30 of the autumn change
    [InlineData("2027-10-31T01:30:00Z", "20271031T023000")] // 02:30 CET, the second
    public void Start_and_end_are_local_times_in_berlin_across_daylight_saving(string utc, string local)
    {
        var start = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        var lines = Unfold(IcsCalendar.Write(Event(start), Stamp, null));

        Assert.Contains("DTSTART;TZID=Europe/Berlin:" + local, lines);
        Assert.Contains(lines, l => l.StartsWith("DTEND;TZID=Europe/Berlin:", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.SkipWhile(l => l != "BEGIN:VEVENT"), l => l.StartsWith("DTSTART:", StringComparison.Ordinal)); // no UTC start in the event
        Assert.Contains("DTSTAMP:20261122T090000Z", lines); // DTSTAMP stays UTC (RFC 5545 3.8.7.2)
    }

    [Fact]
    public void An_event_over_the_spring_change_ends_at_the_local_time_after_it()
    {
        var start = new DateTimeOffset(2027, 3, 28, 0, 30, 0, TimeSpan.Zero); // 01:30 CET
        var e = Event(start) with { End = start.AddHours(2) }; // two hours later it is 04:30 CEST

        var lines = Unfold(IcsCalendar.Write(e, Stamp, null));

        Assert.Contains("DTSTART;TZID=Europe/Berlin:20270328T013000", lines);
        Assert.Contains("DTEND;TZID=Europe/Berlin:20270328T043000", lines);
    }

    private static EventRecord Event(DateTimeOffset start) => new()
    {
        Id = "tz-test",
        Title = "Zeitzonen",
        Kind = EventKind.Workshop,
        Start = start,
        End = start.AddHours(2),
    };

    private static string[] Block(string from, string to, string name, string start, string month) =>
    [
        "TZOFFSETFROM:" + from, "TZOFFSETTO:" + to, "TZNAME:" + name, "DTSTART:" + start, $"RRULE:FREQ=YEARLY;BYMONTH={month};BYDAY=-1SU",
    ];

    private static List<string> Between(List<string> lines, string kind) =>
        [.. lines.SkipWhile(l => l != "BEGIN:" + kind).Skip(1).TakeWhile(l => l != "END:" + kind)];

    private static List<string> Unfold(string ics) =>
        [.. ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
}
