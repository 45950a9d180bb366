using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Flows.Events;
using IntegrationBot.Flows.Tests.Harness;

namespace IntegrationBot.Flows.Tests.Registration;

/// <summary>Events for the registration transcripts, and the texts the bot shows for them in each language.</summary>
internal static class RegistrationWorld
{
    public const string PrivacyUrl = "http://localhost:3978/privacy";

    // Thursday 3 December 2026, 17:00-19:30 in Münster; a venue without commas keeps transcript arguments simple.
    public static EventRecord Workshop(string id = "ws-bildung", int capacity = 20, int daysAfterDecember3 = 0) => new()
    {
        Id = id,
        Title = "Beispieltermin: Workshop " + id,
        Kind = EventKind.Workshop,
        Fields = [Handlungsfelder.BildungSprachen],
        Start = new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.Zero).AddDays(daysAfterDecember3),
        End = new DateTimeOffset(2026, 12, 3, 18, 30, 0, TimeSpan.Zero).AddDays(daysAfterDecember3),
        Venue = new Venue("Stadthaus 2"),
        Capacity = capacity,
        Sample = true,
    };

    /// <summary>The arguments of Registration_EventChoice for <paramref name="e"/> in <paramref name="language"/>.</summary>
    public static string Choice(EventRecord e, string language) =>
        $"{EventFormat.Date(e.Start, language)}, {EventFormat.Time(e, language)}, {e.Title}, {e.Venue.Name}";

    public static string Summary(EventRecord e, string language, int persons, string name, string contact, string need) =>
        $"{e.Title}, {EventFormat.Date(e.Start, language)}, {EventFormat.Time(e, language)}, {e.Venue.Name}, {persons}, {name}, {contact}, {need}";

    public static async Task<Domain.Registrations.Registration> OnlyRegistrationAsync(FlowHarness harness, string user = "user-1") =>
        Assert.Single(await harness.Events.ListAsync(new ChannelUser("test", user), TestContext.Current.CancellationToken));

    public static string Link(Domain.Registrations.Registration r) => $"http://localhost:3978/events/{r.EventId}.ics?code={r.BookingCode}";

    public static RegistrationRequest Booking(string eventId, string user, int persons) => new()
    {
        EventId = eventId,
        User = new ChannelUser("test", user),
        Key = new RequestKey("test", "conv-" + user, Guid.NewGuid().ToString("N")),
        Persons = persons,
        Name = "Other " + user,
        ConsentAt = FlowHarness.DefaultNow,
        Language = "de",
        AllowWaitlist = true,
    };
}
