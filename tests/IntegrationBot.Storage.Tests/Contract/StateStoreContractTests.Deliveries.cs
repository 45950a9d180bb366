using IntegrationBot.Engine.State;

namespace IntegrationBot.Storage.Tests.Contract;

/// <summary>The delivery log: insert-or-ignore on (channel, conversation, activity), purge by age.</summary>
public abstract partial class StateStoreContractTests
{
    [Fact]
    public async Task A_delivery_begins_once_and_its_redelivery_is_refused()
    {
        var key = new DeliveryKey("msteams", "19:abc", "1700000000001");

        Assert.True(await Store.Deliveries.TryBeginAsync(key, Time.GetUtcNow(), Ct));
        Assert.False(await Store.Deliveries.TryBeginAsync(key, Time.GetUtcNow().AddSeconds(15), Ct));
        Assert.True(await Store.Deliveries.TryBeginAsync(key with { ActivityId = "1700000000002" }, Time.GetUtcNow(), Ct));
        Assert.True(await Store.Deliveries.TryBeginAsync(key with { ConversationId = "19:def" }, Time.GetUtcNow(), Ct));
        Assert.True(await Store.Deliveries.TryBeginAsync(key with { ChannelId = "webchat" }, Time.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task A_forgotten_delivery_can_begin_again_and_others_stay_recorded()
    {
        var failed = new DeliveryKey("msteams", "19:abc", "1700000000003");
        var other = failed with { ActivityId = "1700000000004" };
        await Store.Deliveries.TryBeginAsync(failed, Time.GetUtcNow(), Ct);
        await Store.Deliveries.TryBeginAsync(other, Time.GetUtcNow(), Ct);

        await Store.Deliveries.ForgetAsync(failed, Ct);

        Assert.True(await Store.Deliveries.TryBeginAsync(failed, Time.GetUtcNow(), Ct));
        Assert.False(await Store.Deliveries.TryBeginAsync(other, Time.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task Purging_forgets_only_deliveries_older_than_the_window()
    {
        var old = new DeliveryKey("directline", "c1", "a1");
        var recent = new DeliveryKey("directline", "c1", "a2");
        await Store.Deliveries.TryBeginAsync(old, Time.GetUtcNow(), Ct);
        Time.Advance(TimeSpan.FromHours(25));
        await Store.Deliveries.TryBeginAsync(recent, Time.GetUtcNow(), Ct);

        var purged = await Store.Deliveries.PurgeAsync(Time.GetUtcNow() - TimeSpan.FromHours(24), Ct);

        Assert.Equal(1, purged);
        Assert.True(await Store.Deliveries.TryBeginAsync(old, Time.GetUtcNow(), Ct));
        Assert.False(await Store.Deliveries.TryBeginAsync(recent, Time.GetUtcNow(), Ct));
    }
}
