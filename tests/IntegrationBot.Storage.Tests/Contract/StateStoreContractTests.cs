using System.Text;
using System.Text.Json;
using IntegrationBot.Engine.State;
using IntegrationBot.Testing;

namespace IntegrationBot.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IStateStore"/> and <see cref="IDeliveryLog"/> shares, run against each provider by
/// a subclass that opens the store on a fresh database (one per test).
/// </summary>
public abstract class StateStoreContractTests : IAsyncLifetime
{
    private readonly List<StoreUnderTest> _opened = [];

    protected ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected StoreUnderTest Store { get; private set; } = null!;

    /// <summary>This test's database (a file path or a connection string).</summary>
    protected string Database { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        Store = await OpenMigratedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            if (store.Owner is not null)
                await store.Owner.DisposeAsync();
        }
        DeleteDatabases();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs after every store is closed (xunit calls only DisposeAsync when a class has both).</summary>
    protected virtual void DeleteDatabases()
    {
    }

    /// <summary>A new, empty database for the provider.</summary>
    protected abstract ValueTask<string> CreateDatabaseAsync();

    /// <summary>Opens a store instance on <paramref name="database"/> (each call a new instance).</summary>
    protected abstract StoreUnderTest Open(string database);

    /// <summary>Opens a store instance that is disposed after the test.</summary>
    protected StoreUnderTest OpenTracked(string database)
    {
        var store = Open(database);
        _opened.Add(store);
        return store;
    }

    protected async ValueTask<StoreUnderTest> OpenMigratedAsync()
    {
        var store = OpenTracked(Database);
        await store.Admin.MigrateAsync(Ct);
        return store;
    }

    protected static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);

    protected static string Text(StoredDocument? document) => Encoding.UTF8.GetString(Assert.IsType<StoredDocument>(document).Json.Span);

    [Fact]
    public async Task Reading_a_missing_key_returns_null()
    {
        Assert.Null(await Store.State.ReadAsync("conversation/none", Ct));
    }

    [Fact]
    public async Task Writing_a_new_key_without_an_etag_inserts_it()
    {
        var result = await Store.State.WriteAsync("conversation/1", Json("""{"step":"ask-name"}"""), null, Ct);

        Assert.True(result.Written);
        var stored = await Store.State.ReadAsync("conversation/1", Ct);
        Assert.Equal("""{"step":"ask-name"}""", Text(stored));
        Assert.Equal(result.ETag, stored!.ETag);
        Assert.Equal(Time.GetUtcNow(), stored.UpdatedAt);
    }

    [Fact]
    public async Task Writing_without_an_etag_when_the_key_exists_is_a_conflict()
    {
        await Store.State.WriteAsync("conversation/1", Json("""{"v":1}"""), null, Ct);

        var second = await Store.State.WriteAsync("conversation/1", Json("""{"v":2}"""), null, Ct);

        Assert.Equal(WriteResult.Conflict, second);
        Assert.Equal("""{"v":1}""", Text(await Store.State.ReadAsync("conversation/1", Ct)));
    }

    [Fact]
    public async Task Writing_with_the_current_etag_replaces_the_document_and_issues_a_new_etag()
    {
        var first = await Store.State.WriteAsync("conversation/1", Json("""{"v":1}"""), null, Ct);
        Time.Advance(TimeSpan.FromMinutes(3));

        var second = await Store.State.WriteAsync("conversation/1", Json("""{"v":2}"""), first.ETag, Ct);

        Assert.True(second.Written);
        Assert.NotEqual(first.ETag, second.ETag);
        var stored = await Store.State.ReadAsync("conversation/1", Ct);
        Assert.Equal("""{"v":2}""", Text(stored));
        Assert.Equal(second.ETag, stored!.ETag);
        Assert.Equal(Time.GetUtcNow(), stored.UpdatedAt);
    }

    [Fact]
    public async Task Writing_with_a_stale_etag_is_a_conflict_and_keeps_the_newer_document()
    {
        var first = await Store.State.WriteAsync("conversation/1", Json("""{"v":1}"""), null, Ct);
        await Store.State.WriteAsync("conversation/1", Json("""{"v":2}"""), first.ETag, Ct);

        var stale = await Store.State.WriteAsync("conversation/1", Json("""{"v":"lost"}"""), first.ETag, Ct);

        Assert.Equal(WriteResult.Conflict, stale);
        Assert.Equal("""{"v":2}""", Text(await Store.State.ReadAsync("conversation/1", Ct)));
    }

    [Fact]
    public async Task Writing_with_an_etag_to_a_deleted_key_is_a_conflict()
    {
        var first = await Store.State.WriteAsync("conversation/1", Json("""{"v":1}"""), null, Ct);
        await Store.State.DeleteAsync("conversation/1", Ct);

        Assert.Equal(WriteResult.Conflict, await Store.State.WriteAsync("conversation/1", Json("""{"v":2}"""), first.ETag, Ct));
        Assert.Equal(WriteResult.Conflict, await Store.State.WriteAsync("conversation/2", Json("""{"v":2}"""), "not-an-etag", Ct));
        Assert.Null(await Store.State.ReadAsync("conversation/1", Ct));
    }

    [Fact]
    public async Task Deleting_removes_the_document_and_deleting_a_missing_key_is_harmless()
    {
        await Store.State.WriteAsync("user/1", Json("{}"), null, Ct);

        await Store.State.DeleteAsync("user/1", Ct);
        await Store.State.DeleteAsync("user/never-written", Ct);

        Assert.Null(await Store.State.ReadAsync("user/1", Ct));
        Assert.True((await Store.State.WriteAsync("user/1", Json("{}"), null, Ct)).Written);
    }

    [Fact]
    public async Task Expiry_deletes_only_documents_under_the_prefix_that_were_last_written_before_the_cutoff()
    {
        var start = Time.GetUtcNow();
        await Store.State.WriteAsync("conv_1/old", Json("{}"), null, Ct);
        await Store.State.WriteAsync("convX1/old-other-prefix", Json("{}"), null, Ct); // '_' must not act as a wildcard
        await Store.State.WriteAsync("user/old", Json("{}"), null, Ct);
        Time.Advance(TimeSpan.FromDays(10));
        await Store.State.WriteAsync("conv_1/recent", Json("{}"), null, Ct);
        Time.Advance(TimeSpan.FromDays(21));

        var removed = await Store.State.DeleteExpiredAsync("conv_1/", Time.GetUtcNow() - TimeSpan.FromDays(30), Ct);

        Assert.Equal(1, removed);
        Assert.Null(await Store.State.ReadAsync("conv_1/old", Ct));
        Assert.NotNull(await Store.State.ReadAsync("conv_1/recent", Ct));
        Assert.NotNull(await Store.State.ReadAsync("convX1/old-other-prefix", Ct));
        Assert.NotNull(await Store.State.ReadAsync("user/old", Ct));
        Assert.Equal(start, (await Store.State.ReadAsync("user/old", Ct))!.UpdatedAt);
    }

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

    [Fact]
    public async Task Fifty_concurrent_read_modify_write_turns_on_one_key_all_count()
    {
        await Store.State.WriteAsync("conversation/busy", Json("""{"count":0}"""), null, Ct);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(IncrementAsync, Ct)));

        Assert.Equal("""{"count":50}""", Text(await Store.State.ReadAsync("conversation/busy", Ct)));

        async Task IncrementAsync()
        {
            while (true)
            {
                var current = (await Store.State.ReadAsync("conversation/busy", Ct))!;
                var count = JsonDocument.Parse(current.Json).RootElement.GetProperty("count").GetInt32();
                var result = await Store.State.WriteAsync("conversation/busy", Json($$"""{"count":{{count + 1}}}"""), current.ETag, Ct);
                if (result.Written)
                    return;
            }
        }
    }

    [Fact]
    public async Task A_thousand_keys_written_in_parallel_are_all_present()
    {
        var keys = Enumerable.Range(0, 1000).Select(i => $"user/{i:D4}").ToArray();

        var results = await Task.WhenAll(keys.Select(key => Store.State.WriteAsync(key, Json($$"""{"key":"{{key}}"}"""), null, Ct)));

        Assert.All(results, result => Assert.True(result.Written));
        foreach (var key in keys)
            Assert.Equal($$"""{"key":"{{key}}"}""", Text(await Store.State.ReadAsync(key, Ct)));
    }

    [Fact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_data()
    {
        await Store.State.WriteAsync("conversation/1", Json("{}"), null, Ct);

        var second = await Store.Admin.MigrateAsync(Ct);

        Assert.Empty(second);
        Assert.NotNull(await Store.State.ReadAsync("conversation/1", Ct));
        await Store.Admin.PingAsync(Ct);
    }
}
