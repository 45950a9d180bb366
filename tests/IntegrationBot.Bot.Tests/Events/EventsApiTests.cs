using System.Net;
using System.Net.Http.Json;
using System.Text;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Events;

/// <summary>Calendar files (RFC 5545) and the coordinator's event API on the real host.</summary>
public sealed class EventsApiTests
{
    private const string Key = "coordinator-key-for-tests-0123456789";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static BotApplication App() => new(
        new Dictionary<string, string?> { ["Coordinator:ApiKey"] = Key },
        new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task A_seeded_event_is_a_calendar_file_in_muenster_time_with_crlf_lines()
    {
        await using var app = App();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/events/sample-2026-12-03-workshop-bildung.ics", Ct);
        var ics = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics, StringComparison.Ordinal);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = Unfold(ics);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20261203T170000", lines); // 16:00 UTC (CET)
        Assert.Contains("DTEND;TZID=Europe/Berlin:20261203T193000", lines);
        Assert.Contains("TZID:Europe/Berlin", lines);
        Assert.Contains("DTSTAMP:20261122T090000Z", lines);
        Assert.Contains("UID:sample-2026-12-03-workshop-bildung@integrationbot.stadt-muenster.de", lines);
        Assert.Contains(lines, l => l.StartsWith("URL:http://localhost/events/sample-2026-12-03-workshop-bildung.ics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Long_lines_are_folded_at_75_octets_without_splitting_characters()
    {
        await using var app = App();
        using var client = app.CreateClient();
        var title = "Fachforum Übergänge – Schule, Beruf; Ausbildung " + string.Concat(Enumerable.Repeat("äöü ßÄÖÜ 😀 ", 12));
        using var created = await client.SendAsync(Coordinator(HttpMethod.Post, "/api/coordinator/events", Event("long-title", title)), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var ics = await client.GetStringAsync("/events/long-title.ics", Ct);

        var physical = ics.Split("\r\n");
        Assert.All(physical, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.Contains(physical, line => line.StartsWith(' '));
        var expected = "SUMMARY:" + title.Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal);
        Assert.Contains(expected, Unfold(ics));
    }

    [Fact]
    public async Task The_uid_is_stable_per_event_and_per_booking()
    {
        await using var app = App();
        using var client = app.CreateClient();

        var first = Unfold(await client.GetStringAsync("/events/sample-2027-01-14-expertenrunde-oeffnung.ics", Ct));
        var second = Unfold(await client.GetStringAsync("/events/sample-2027-01-14-expertenrunde-oeffnung.ics", Ct));
        var booked = Unfold(await client.GetStringAsync("/events/sample-2027-01-14-expertenrunde-oeffnung.ics?code=abc-def", Ct));

        Assert.Equal(first.Single(l => l.StartsWith("UID:", StringComparison.Ordinal)), second.Single(l => l.StartsWith("UID:", StringComparison.Ordinal)));
        Assert.Contains("UID:sample-2027-01-14-expertenrunde-oeffnung-ABCDEF@integrationbot.stadt-muenster.de", booked);
    }

    [Fact]
    public async Task On_sqlite_the_catalogue_is_migrated_and_seeded_at_start_up_without_samples_when_switched_off()
    {
        var folder = Path.Combine(Path.GetTempPath(), "integrationbot-events-host-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var app = new EventsHost(new Dictionary<string, string>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:Sqlite:Path"] = Path.Combine(folder, "bot.db"),
                ["Events:IncludeSamples"] = "false",
            }))
            {
                using var client = app.CreateClient();
                Assert.IsType<Storage.Sqlite.SqliteEventStore>(app.Services.GetRequiredService<Domain.Events.IEventCatalog>());
                using var archive = await client.GetAsync("/events/mlb-2025-01-24-abschlussveranstaltung.ics", Ct);
                using var sample = await client.GetAsync("/events/sample-2026-12-03-workshop-bildung.ics", Ct);

                Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
                Assert.Contains("LOCATION:Rathausfestsaal im Stadtweinhaus\\, Prinzipalmarkt 8\\, 48143 Münster", Unfold(await archive.Content.ReadAsStringAsync(Ct)));
                Assert.Equal(HttpStatusCode.NotFound, sample.StatusCode);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_event_is_not_found()
    {
        await using var app = App();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/events/nope.ics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_coordinator_api_refuses_requests_without_the_key()
    {
        await using var app = App();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/coordinator/events") { Content = JsonContent.Create(Event("x", "X")) };
        using var wrong = Coordinator(HttpMethod.Post, "/api/coordinator/events", Event("x", "X"), key: "wrong");

        using var none = await client.SendAsync(request, Ct);
        using var bad = await client.SendAsync(wrong, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Invalid_events_are_problem_details_and_a_put_replaces_an_event()
    {
        await using var app = App();
        using var client = app.CreateClient();
        var invalid = Event("bad id!", "") with { Capacity = 5, Reserved = 9 };

        using var rejected = await client.SendAsync(Coordinator(HttpMethod.Post, "/api/coordinator/events", invalid), Ct);
        using var replaced = await client.SendAsync(Coordinator(HttpMethod.Put, "/api/coordinator/events/sample-2026-12-10-fachforum-arbeit",
            Event("sample-2026-12-10-fachforum-arbeit", "Beispieltermin: verlegt")), Ct);
        using var duplicate = await client.SendAsync(Coordinator(HttpMethod.Post, "/api/coordinator/events", Event("sample-2026-12-10-fachforum-arbeit", "Y")), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        var problems = await rejected.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"id\"", problems, StringComparison.Ordinal);
        Assert.Contains("\"reserved\"", problems, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Contains("SUMMARY:Beispieltermin: verlegt", Unfold(await client.GetStringAsync("/events/sample-2026-12-10-fachforum-arbeit.ics", Ct)));
    }

    [Fact]
    public async Task Raising_the_capacity_promotes_the_waitlist_and_alerts_are_listed_for_coordinators()
    {
        await using var app = App();
        using var client = app.CreateClient();
        var registrations = app.Services.GetRequiredService<Domain.Registrations.IRegistrationStore>();
        using (var created = await client.SendAsync(Coordinator(HttpMethod.Post, "/api/coordinator/events", Event("small", "Klein") with { Capacity = 1 }), Ct))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var job = app.Services.GetRequiredService<Host.Registrations.RegistrationFollowUpJob>();
        await registrations.RegisterAsync(Request("a"), Ct);
        await job.RunOnceAsync(Ct); // the service may run it too: alerts are recorded once either way
        var waiting = await registrations.RegisterAsync(Request("b"), Ct);
        Assert.Equal(Domain.Registrations.RegistrationStatus.Waitlisted, waiting.Registration!.Status);

        using var raised = await client.SendAsync(Coordinator(HttpMethod.Put, "/api/coordinator/events/small", Event("small", "Klein") with { Capacity = 2 }), Ct);
        await job.RunOnceAsync(Ct);
        using var alerts = new HttpRequestMessage(HttpMethod.Get, "/api/coordinator/alerts");
        alerts.Headers.Add("X-Api-Key", Key);
        using var listed = await client.SendAsync(alerts, Ct);
        using var refused = await client.GetAsync("/api/coordinator/alerts", Ct);

        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        var mine = await registrations.ListAsync(waiting.Registration.User, Ct);
        Assert.Equal(Domain.Registrations.RegistrationStatus.Confirmed, Assert.Single(mine).Status);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var json = await listed.Content.ReadFromJsonAsync<List<Domain.Registrations.CapacityAlert>>(Domain.DomainJson.Options, Ct);
        // Full at the first booking (1 of 1); an alert is recorded once per threshold, so the raise adds none.
        Assert.Equal([100, 80], json!.Where(a => a.EventId == "small").Select(a => a.Threshold));
        Assert.All(json!.Where(a => a.EventId == "small"), a => Assert.Equal((1, 1), (a.ConfirmedPersons, a.Bookable)));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static Domain.Registrations.RegistrationRequest Request(string user) => new()
    {
        EventId = "small",
        User = new Domain.Registrations.ChannelUser("test", user),
        Key = new Domain.Registrations.RequestKey("test", "conv-" + user, "activity-" + user),
        Persons = 1,
        Name = "Name " + user,
        ConsentAt = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero),
        Language = "de",
        AllowWaitlist = true,
    };

    private static Domain.Events.EventRecord Event(string id, string title) => new()
    {
        Id = id,
        Title = title,
        Kind = Domain.Events.EventKind.Fachforum,
        Start = new DateTimeOffset(2027, 2, 1, 16, 0, 0, TimeSpan.Zero),
        End = new DateTimeOffset(2027, 2, 1, 18, 0, 0, TimeSpan.Zero),
        Capacity = 20,
        Venue = new Domain.Events.Venue("Stadthaus 2", null, "Raum 2-1"),
        Sample = true,
    };

    private static HttpRequestMessage Coordinator(HttpMethod method, string path, Domain.Events.EventRecord body, string key = Key)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Domain.DomainJson.Options) };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    /// <summary>Undoes RFC 5545 folding: a CRLF followed by a space continues the previous line.</summary>
    private static List<string> Unfold(string ics) =>
        [.. ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
}
