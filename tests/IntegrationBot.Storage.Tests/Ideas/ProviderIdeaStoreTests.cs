using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Audit;
using IntegrationBot.Storage.Audit;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Sqlite;
using IntegrationBot.Testing.Postgres;

namespace IntegrationBot.Storage.Tests.Ideas;

public sealed class MemoryIdeaStoreContractTests : IdeaStoreContractTests
{
    protected override ValueTask<IdeaStoreUnderTest> OpenAsync()
    {
        var store = new MemoryIdeaStore(Time, new BookingCodes());
        return ValueTask.FromResult(new IdeaStoreUnderTest(store, store, store, new MemoryAuditLog(Time), null));
    }
}

/// <summary>The contract on a migrated SQLite file per test.</summary>
public sealed class SqliteIdeaStoreTests : IdeaStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "integrationbot-ideas-" + Guid.NewGuid().ToString("N"));

    protected override async ValueTask<IdeaStoreUnderTest> OpenAsync()
    {
        var options = new SqliteStorageOptions { Path = Path.Combine(_folder, "bot.db") };
        var retry = StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System);
        using (var state = new SqliteStateStore(options, retry, Time))
            await state.MigrateAsync(Ct);
        var store = new SqliteIdeaStore(options, retry, Time, new BookingCodes());
        return new IdeaStoreUnderTest(store, store, store, new SqliteAuditLog(options, retry, Time), new Disposer(store));
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

/// <summary>The contract on a fresh PostgreSQL database per test.</summary>
public sealed class PostgresIdeaStoreTests(PostgresFixture cluster) : IdeaStoreContractTests
{
    protected override async ValueTask<IdeaStoreUnderTest> OpenAsync()
    {
        var connectionString = await cluster.CreateDatabaseAsync(Ct);
        var retry = StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System);
        var options = new PostgresStorageOptions { ConnectionString = connectionString };
        await using (var state = new PostgresStateStore(options, retry, Time))
            await state.MigrateAsync(Ct);
        var dataSource = PostgresDataSources.Create(options);
        var store = new PostgresIdeaStore(dataSource, retry, Time, new BookingCodes());
        return new IdeaStoreUnderTest(store, store, store, new PostgresAuditLog(dataSource, retry, Time), dataSource);
    }
}
