using IntegrationBot.Engine.State;

namespace IntegrationBot.Storage.Tests.Contract;

/// <summary>The reference implementation must keep the same contract as the databases.</summary>
public sealed class MemoryStoreTests : StateStoreContractTests
{
    protected override ValueTask<string> CreateDatabaseAsync() => ValueTask.FromResult("memory");

    protected override StoreUnderTest Open(string database)
    {
        var store = new MemoryStateStore(Time);
        return new StoreUnderTest(store, store, new MemoryStorageAdmin(), null);
    }
}
