using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Storage.Tests.Events;

/// <summary>The in-memory reference implementation keeps the same contract.</summary>
public sealed class MemoryEventStoreTests : EventStoreContractTests
{
    protected override ValueTask<EventStoreUnderTest> OpenAsync()
    {
        var store = new MemoryEventStore(Time, new BookingCodes());
        return ValueTask.FromResult(new EventStoreUnderTest(store, store, null));
    }
}
