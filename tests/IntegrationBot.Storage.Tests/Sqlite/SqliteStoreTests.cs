using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Sqlite;
using IntegrationBot.Storage.Tests.Contract;

namespace IntegrationBot.Storage.Tests.Sqlite;

/// <summary>The contract on a SQLite file per test, in a folder the store has to create.</summary>
public sealed class SqliteStoreTests : PersistentStoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "integrationbot-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override ValueTask<string> CreateDatabaseAsync() =>
        ValueTask.FromResult(Path.Combine(_folder, Guid.NewGuid().ToString("N"), "integrationbot.db"));

    protected override StoreUnderTest Open(string database) =>
        StoreUnderTest.Of(new SqliteStateStore(
            new SqliteStorageOptions { Path = database },
            StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System),
            Time));

    [Fact]
    public async Task The_database_file_is_created_with_its_folder()
    {
        Assert.True(File.Exists(Database));
        await Store.Admin.PingAsync(Ct);
    }

    protected override void DeleteDatabases()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
