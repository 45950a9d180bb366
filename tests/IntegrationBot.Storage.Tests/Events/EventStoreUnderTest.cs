using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Storage.Tests.Events;

/// <summary>One provider's event catalogue and registration store on a fresh, migrated database.</summary>
public sealed record EventStoreUnderTest(IEventCatalog Catalog, IRegistrationStore Registrations, IAsyncDisposable? Owner)
{
    /// <summary>Every provider's registration store also keeps the follow-up bookkeeping.</summary>
    public IRegistrationFollowUps FollowUps => (IRegistrationFollowUps)Registrations;
}

/// <summary>Test data: events relative to the contract's clock, and requests with unique activity ids.</summary>
internal static class EventTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public static EventRecord Workshop(string id = "ws-1", int capacity = 20, int reserved = 0, int daysAhead = 10) => new()
    {
        Id = id,
        Title = "Beispieltermin: Workshop " + id,
        Kind = EventKind.Workshop,
        Fields = [Handlungsfelder.BildungSprachen],
        Start = Now.AddDays(daysAhead),
        End = Now.AddDays(daysAhead).AddHours(2),
        Venue = new Venue("Volkshochschule", "Aegidiimarkt 3, 48143 Münster", "VHS Forum"),
        Capacity = capacity,
        Reserved = reserved,
        Languages = ["de", "en"],
        InterpretationOnRequest = true,
        Sample = true,
    };

    public static RegistrationRequest Request(string eventId, int persons = 1, string user = "u1", bool waitlist = true, string? activity = null) => new()
    {
        EventId = eventId,
        User = new ChannelUser("test", user),
        Key = new RequestKey("test", "conv-" + user, activity ?? Guid.NewGuid().ToString("N")),
        Persons = persons,
        Name = "Name " + user,
        Email = user + "@example.org",
        Needs = new RegistrationNeeds(InterpreterLanguage: "ar", Childcare: true),
        ConsentAt = Now,
        Language = "de",
        ConversationReference = """{"conversation":{"id":"conv"}}""",
        AllowWaitlist = waitlist,
    };
}
