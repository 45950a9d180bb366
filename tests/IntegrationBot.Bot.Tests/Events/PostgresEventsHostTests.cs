using System.Net;
using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Events;

/// <summary>The host on PostgreSQL: the event stores are wired to the configured database, migrated and seeded.</summary>
public sealed class PostgresEventsHostTests(PostgresFixture postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task On_postgres_the_seeded_catalogue_takes_registrations_and_serves_calendar_files()
    {
        await using var app = new EventsHost(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = await postgres.CreateDatabaseAsync(Ct),
        });
        using var client = app.CreateClient();

        using var ics = await client.GetAsync("/events/sample-2027-01-14-expertenrunde-oeffnung.ics", Ct);
        var registrations = app.Services.GetRequiredService<IRegistrationStore>();
        var result = await registrations.RegisterAsync(new RegistrationRequest
        {
            EventId = "sample-2027-01-14-expertenrunde-oeffnung",
            User = new ChannelUser("test", "u1"),
            Key = new RequestKey("test", "c1", "a1"),
            Persons = 2,
            Name = "Test",
            ConsentAt = DateTimeOffset.UtcNow,
            Language = "de",
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, ics.StatusCode);
        Assert.IsNotType<MemoryEventStore>(registrations);
        Assert.Equal(RegistrationOutcome.Confirmed, result.Outcome);
        var availability = await app.Services.GetRequiredService<IEventCatalog>().FindAsync("sample-2027-01-14-expertenrunde-oeffnung", Ct);
        Assert.Equal(2, availability!.ConfirmedPersons);
    }
}
