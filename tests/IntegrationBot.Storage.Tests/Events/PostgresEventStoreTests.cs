using IntegrationBot.Domain.Registrations;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Testing.Postgres;
using Npgsql;

namespace IntegrationBot.Storage.Tests.Events;

/// <summary>The contract on a fresh PostgreSQL database per test, and capacity under real concurrency.</summary>
public sealed class PostgresEventStoreTests(PostgresFixture cluster) : EventStoreContractTests
{
    private NpgsqlDataSource? _dataSource;

    protected override async ValueTask<EventStoreUnderTest> OpenAsync()
    {
        var connectionString = await cluster.CreateDatabaseAsync(Ct);
        var retry = StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System);
        var options = new PostgresStorageOptions { ConnectionString = connectionString };
        await using (var state = new PostgresStateStore(options, retry, Time))
            await state.MigrateAsync(Ct);
        _dataSource = PostgresDataSources.Create(new PostgresStorageOptions { ConnectionString = connectionString + ";Maximum Pool Size=40" });
        return new EventStoreUnderTest(
            new PostgresEventCatalog(_dataSource, retry, Time),
            new PostgresRegistrationStore(_dataSource, retry, Time, new BookingCodes()),
            _dataSource);
    }

    [Fact]
    public async Task Hundred_parallel_registrations_for_twenty_places_confirm_exactly_twenty_persons()
    {
        await Store.Catalog.UpsertAsync(EventTestData.Workshop(capacity: 20), Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            Task.Run(() => Store.Registrations.RegisterAsync(EventTestData.Request("ws-1", user: "u" + i), Ct), Ct)));

        Assert.Equal(20, results.Count(r => r.Outcome == RegistrationOutcome.Confirmed));
        Assert.Equal(80, results.Count(r => r.Outcome == RegistrationOutcome.Waitlisted));
        Assert.Equal(100, results.Select(r => r.Registration!.BookingCode).Distinct().Count());
        var availability = (await Store.Catalog.FindAsync("ws-1", Ct))!;
        Assert.Equal((20, 80, 0), (availability.ConfirmedPersons, availability.WaitlistedPersons, availability.FreePlaces));
    }

    [Fact]
    public async Task Parallel_groups_and_redeliveries_never_overbook_nor_register_twice()
    {
        await Store.Catalog.UpsertAsync(EventTestData.Workshop(capacity: 20), Ct);
        var requests = Enumerable.Range(0, 50).Select(i => EventTestData.Request("ws-1", persons: 1 + (i % 4), user: "u" + i)).ToList();

        // Every request is sent twice at once, as a Teams retry would.
        var results = await Task.WhenAll(requests.Concat(requests).Select(r => Task.Run(() => Store.Registrations.RegisterAsync(r, Ct), Ct)));

        var stored = results.Select(r => r.Registration!).DistinctBy(r => r.BookingCode).ToList();
        Assert.Equal(50, stored.Count);
        Assert.Equal(50, results.Count(r => r.Redelivered));
        var confirmed = stored.Where(r => r.Status == RegistrationStatus.Confirmed).Sum(r => r.Persons);
        Assert.InRange(confirmed, 17, 20); // groups of up to 4 may leave up to 3 places that no waiting group fits
        Assert.Equal(confirmed, (await Store.Catalog.FindAsync("ws-1", Ct))!.ConfirmedPersons);
    }

    [Fact]
    public async Task Parallel_cancellations_and_registrations_refill_freed_places_from_the_waitlist_without_overbooking()
    {
        await Store.Catalog.UpsertAsync(EventTestData.Workshop(capacity: 20), Ct);
        var first = new List<RegistrationResult>();
        for (var i = 0; i < 40; i++)
            first.Add(await Store.Registrations.RegisterAsync(EventTestData.Request("ws-1", user: "u" + i), Ct));
        var confirmed = first.Where(r => r.Outcome == RegistrationOutcome.Confirmed).Take(10).Select(r => r.Registration!).ToList();

        var cancels = confirmed.Select(r => Task.Run(() => Store.Registrations.CancelAsync(r.BookingCode, r.User, Ct), Ct));
        var newcomers = Enumerable.Range(100, 10).Select(i => Task.Run(() => Store.Registrations.RegisterAsync(EventTestData.Request("ws-1", user: "u" + i), Ct), Ct));
        var cancelled = await Task.WhenAll(cancels);
        await Task.WhenAll(newcomers);

        var promoted = cancelled.SelectMany(c => c.Promoted).Select(r => r.BookingCode).ToList();
        Assert.All(cancelled, c => Assert.NotNull(c.Cancelled));
        Assert.Equal(promoted.Count, promoted.Distinct().Count());
        var availability = (await Store.Catalog.FindAsync("ws-1", Ct))!;
        Assert.Equal(20, availability.ConfirmedPersons); // the waitlist is long enough to refill every freed place
        Assert.Equal(20, availability.WaitlistedPersons); // 40 + 10 registered, 10 cancelled, 20 confirmed
    }
}
