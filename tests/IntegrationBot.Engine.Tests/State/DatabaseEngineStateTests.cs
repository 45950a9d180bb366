using System.Text.Json;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.State;
using IntegrationBot.Engine.Tests.Harness;
using IntegrationBot.Storage;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Sqlite;
using IntegrationBot.Testing.Conversations;
using IntegrationBot.Testing.Postgres;

namespace IntegrationBot.Engine.Tests.State;

/// <summary>
/// The engine on the real database providers. Each <see cref="OpenStoreAsync"/> is a new store on the same database,
/// as a restarted host or a second bot instance would open it.
/// </summary>
public abstract class DatabaseEngineStateTests : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _stores = [];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static Polly.ResiliencePipeline Retry => StoreRetry.CreatePipeline(new StorageRetryOptions(), TimeProvider.System);

    protected abstract Task<IStateStore> CreateStoreAsync();

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
            await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_restarted_host_continues_the_conversation_at_the_same_prompt()
    {
        TestConversation first;
        await using (var before = new EngineHarness(await OpenStoreAsync()))
        {
            first = before.Conversation("de-DE");
            await Transcript.PlayAsync(first, """
                user: Profil anlegen
                bot: Profile_AskName
                user: Anna
                bot: Profile_AskGroupSize
                """);
        }

        await using var after = new EngineHarness(await OpenStoreAsync());
        await Transcript.PlayAsync(after.Rejoin(first), """
            user: zwei
            bot: Profile_AskDay
            """);
    }

    [Fact]
    public async Task Fifty_concurrent_turns_on_one_conversation_across_two_instances_lose_no_update()
    {
        await using var one = new EngineHarness(await OpenStoreAsync());
        await using var two = new EngineHarness(await OpenStoreAsync());
        var a = one.Conversation("de-DE");
        var b = two.Rejoin(a);
        await a.SayAsync("Zähler");

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).SayAsync("tick " + i), Ct)));

        Assert.Equal(50, await CountAsync(one.Store, a));
    }

    [Fact]
    public async Task A_thousand_conversations_in_parallel_keep_their_own_state()
    {
        await using var harness = new EngineHarness(await OpenStoreAsync());
        var conversations = Enumerable.Range(0, 1000).Select(_ => harness.Conversation("de-DE")).ToArray();

        await Parallel.ForEachAsync(conversations, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = Ct }, async (c, _) =>
        {
            await c.SayAsync("Zähler");
            await c.SayAsync("tick");
        });

        foreach (var c in conversations)
            Assert.Equal(1, await CountAsync(harness.Store, c));
    }

    private async Task<IStateStore> OpenStoreAsync()
    {
        var store = await CreateStoreAsync();
        await ((IStorageAdmin)store).MigrateAsync(Ct);
        _stores.Add((IAsyncDisposable)store);
        return store;
    }

    private static async Task<int> CountAsync(IStateStore store, TestConversation conversation)
    {
        var doc = await store.ReadAsync($"dialog/test/{conversation.Id}/{conversation.UserId}", Ct);
        var data = JsonSerializer.Deserialize(doc!.Json.Span, StateJsonContext.Default.ConversationData)!;
        return data.Stack.Single(f => f.Id == CounterDialog.DialogId).State!.Value.Deserialize<CounterDraft>(DialogJson.Options)!.Count;
    }
}

public sealed class SqliteEngineStateTests : DatabaseEngineStateTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "ib-engine-" + Guid.NewGuid().ToString("N") + ".db");

    protected override Task<IStateStore> CreateStoreAsync() =>
        Task.FromResult<IStateStore>(new SqliteStateStore(new SqliteStorageOptions { Path = _path }, Retry, TimeProvider.System));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }
}

public sealed class PostgresEngineStateTests(PostgresFixture postgres) : DatabaseEngineStateTests
{
    private string? _connectionString;

    protected override async Task<IStateStore> CreateStoreAsync()
    {
        _connectionString ??= await postgres.CreateDatabaseAsync(Ct);
        return new PostgresStateStore(new PostgresStorageOptions { ConnectionString = _connectionString }, Retry, TimeProvider.System);
    }
}
