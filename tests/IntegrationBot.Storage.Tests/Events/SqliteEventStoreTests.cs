using IntegrationBot.Domain.Registrations;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Sqlite;

namespace IntegrationBot.Storage.Tests.Events;

/// <summary>The contract on a migrated SQLite file per test.</summary>
public sealed class SqliteEventStoreTests : EventStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "integrationbot-events-" + Guid.NewGuid().ToString("N"));

    protected override async ValueTask<EventStoreUnderTest> OpenAsync()
    {
        var options = new SqliteStorageOptions { Path = Path.Combine(_folder, "bot.db") };
        var retry = StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System);
        using (var state = new SqliteStateStore(options, retry, Time))
            await state.MigrateAsync(Ct);
        var store = new SqliteEventStore(options, retry, Time, new BookingCodes());
        return new EventStoreUnderTest(store, store, new Disposer(store));
    }

    [Fact]
    public async Task Parallel_registrations_never_exceed_the_capacity()
    {
        await Store.Catalog.UpsertAsync(EventTestData.Workshop(capacity: 10), Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Task.Run(() => Store.Registrations.RegisterAsync(EventTestData.Request("ws-1", persons: 1 + (i % 3), user: "u" + i), Ct), Ct)));

        Assert.True(results.Where(r => r.Outcome == RegistrationOutcome.Confirmed).Sum(r => r.Registration!.Persons) <= 10);
        Assert.Equal(10 - (await Store.Catalog.FindAsync("ws-1", Ct))!.FreePlaces, (await Store.Catalog.FindAsync("ws-1", Ct))!.ConfirmedPersons);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private sealed class Disposer(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
