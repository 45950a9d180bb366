using IntegrationBot.Engine.State;
using IntegrationBot.Storage;

namespace IntegrationBot.Storage.Tests.Contract;

/// <summary>One provider's store as the contract tests see it; <see cref="Owner"/> is disposed after the test.</summary>
public sealed record StoreUnderTest(IStateStore State, IDeliveryLog Deliveries, IStorageAdmin Admin, IAsyncDisposable? Owner)
{
    public static StoreUnderTest Of<T>(T store)
        where T : IStateStore, IDeliveryLog, IStorageAdmin, IAsyncDisposable =>
        new(store, store, store, store);
}
