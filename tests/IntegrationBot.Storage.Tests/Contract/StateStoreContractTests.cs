using System.Text;
using IntegrationBot.Engine.State;
using IntegrationBot.Testing;

namespace IntegrationBot.Storage.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IStateStore"/> and <see cref="IDeliveryLog"/> shares, run against each provider by
/// a subclass that opens the store on a fresh database (one per test).
/// </summary>
public abstract partial class StateStoreContractTests : IAsyncLifetime
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
    public async Task Migrating_again_applies_nothing_and_keeps_the_data()
    {
        await Store.State.WriteAsync("conversation/1", Json("{}"), null, Ct);

        var second = await Store.Admin.MigrateAsync(Ct);

        Assert.Empty(second);
        Assert.NotNull(await Store.State.ReadAsync("conversation/1", Ct));
        await Store.Admin.PingAsync(Ct);
    }
}
