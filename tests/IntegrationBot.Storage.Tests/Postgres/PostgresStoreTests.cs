using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Tests.Contract;
using IntegrationBot.Testing.Postgres;

namespace IntegrationBot.Storage.Tests.Postgres;

/// <summary>The contract on a fresh database per test, on the assembly's throw-away cluster.</summary>
public sealed class PostgresStoreTests(PostgresFixture cluster) : PersistentStoreContractTests
{
    protected override async ValueTask<string> CreateDatabaseAsync() => await cluster.CreateDatabaseAsync(Ct);

    protected override StoreUnderTest Open(string database) =>
        StoreUnderTest.Of(new PostgresStateStore(
            new PostgresStorageOptions { ConnectionString = database },
            StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System),
            Time));
}
