using IntegrationBot.Engine;
using IntegrationBot.Engine.State;
using IntegrationBot.Host.Maintenance;
using IntegrationBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Bot.Tests.Maintenance;

public sealed class StateCleanupServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Conversation_state_idle_longer_than_the_expiry_is_deleted_and_user_state_is_kept()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
        var store = new MemoryStateStore(clock);
        var cleanup = new StateCleanupService(store, store, Options.Create(new EngineOptions()), clock, NullLogger<StateCleanupService>.Instance);
        await store.WriteAsync("dialog/webchat/old/u1", "{}"u8.ToArray(), null, Ct);
        await store.WriteAsync("conversation/webchat/old", "{}"u8.ToArray(), null, Ct);
        await store.WriteAsync("user/webchat/u1", "{}"u8.ToArray(), null, Ct);
        await store.TryBeginAsync(new DeliveryKey("webchat", "old", "1"), clock.GetUtcNow(), Ct);
        clock.Advance(TimeSpan.FromDays(29));
        await store.WriteAsync("dialog/webchat/recent/u1", "{}"u8.ToArray(), null, Ct);
        clock.Advance(TimeSpan.FromDays(2));

        await cleanup.CleanOnceAsync(Ct);

        Assert.Null(await store.ReadAsync("dialog/webchat/old/u1", Ct));
        Assert.Null(await store.ReadAsync("conversation/webchat/old", Ct));
        Assert.NotNull(await store.ReadAsync("dialog/webchat/recent/u1", Ct));
        Assert.NotNull(await store.ReadAsync("user/webchat/u1", Ct));
        Assert.True(await store.TryBeginAsync(new DeliveryKey("webchat", "old", "1"), clock.GetUtcNow(), Ct)); // forgotten after 24 h
    }
}
