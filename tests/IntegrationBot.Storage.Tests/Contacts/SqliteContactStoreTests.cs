using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Storage.Contacts;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Sqlite;

namespace IntegrationBot.Storage.Tests.Contacts;

public sealed class SqliteContactStoreTests : ContactStoreContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "integrationbot-contacts-" + Guid.NewGuid().ToString("N"));

    protected override async Task<(IContactDirectory Directory, IContactFinderStats Stats)> CreateAsync()
    {
        var options = new SqliteStorageOptions { Path = Path.Combine(_folder, "integrationbot.db") };
        using (var state = new SqliteStateStore(options, StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System), TimeProvider.System))
            await state.MigrateAsync(Ct);
        var store = new SqliteContactStore(options, TimeProvider.System);
        return (store, store);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
