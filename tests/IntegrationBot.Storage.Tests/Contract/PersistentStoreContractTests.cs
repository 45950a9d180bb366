namespace IntegrationBot.Storage.Tests.Contract;

/// <summary>What a database store adds to the contract: data outlives the store object, and instances share the schema.</summary>
public abstract class PersistentStoreContractTests : StateStoreContractTests
{
    [Fact]
    public async Task Documents_and_deliveries_survive_reopening_the_store()
    {
        var written = await Store.State.WriteAsync("conversation/1", Json("""{"step":"ask-date"}"""), null, Ct);
        var delivery = new Engine.State.DeliveryKey("msteams", "19:abc", "a1");
        await Store.Deliveries.TryBeginAsync(delivery, Time.GetUtcNow(), Ct);
        if (Store.Owner is not null)
            await Store.Owner.DisposeAsync();

        var reopened = await OpenMigratedAsync();

        var stored = await reopened.State.ReadAsync("conversation/1", Ct);
        Assert.Equal("""{"step":"ask-date"}""", Text(stored));
        Assert.Equal(written.ETag, stored!.ETag);
        Assert.True((await reopened.State.WriteAsync("conversation/1", Json("{}"), written.ETag, Ct)).Written);
        Assert.False(await reopened.Deliveries.TryBeginAsync(delivery, Time.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task Instances_migrating_a_new_database_at_the_same_time_apply_each_script_once()
    {
        var database = await CreateDatabaseAsync();
        var first = OpenTracked(database);
        var second = OpenTracked(database);

        var applied = await Task.WhenAll(first.Admin.MigrateAsync(Ct), second.Admin.MigrateAsync(Ct));

        Assert.NotEmpty(applied.SelectMany(list => list));
        Assert.Contains(applied, list => list.Count == 0);
        Assert.True((await first.State.WriteAsync("k", Json("{}"), null, Ct)).Written);
        Assert.NotNull(await second.State.ReadAsync("k", Ct));
    }
}
