using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Storage.Contacts;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Testing.Postgres;

namespace IntegrationBot.Storage.Tests.Contacts;

public sealed class PostgresContactStoreTests(PostgresFixture cluster) : ContactStoreContractTests, IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _opened = [];

    protected override async Task<(IContactDirectory Directory, IContactFinderStats Stats)> CreateAsync()
    {
        var options = new PostgresStorageOptions { ConnectionString = await cluster.CreateDatabaseAsync(Ct) };
        await using (var state = new PostgresStateStore(options, StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System), TimeProvider.System))
            await state.MigrateAsync(Ct);
        var store = new PostgresContactStore(options, TimeProvider.System);
        _opened.Add(store);
        return (store, store);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
            await store.DisposeAsync();
    }
}
