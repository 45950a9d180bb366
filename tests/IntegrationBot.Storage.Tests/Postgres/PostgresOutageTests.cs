using System.Text;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Testing.Postgres;

namespace IntegrationBot.Storage.Tests.Postgres;

/// <summary>A database restart (failover, maintenance) while a turn saves must delay the save, not lose it.</summary>
public sealed class PostgresOutageTests(PostgresFixture fixture)
{
    [Fact]
    public async Task A_write_while_the_server_is_down_lands_once_it_is_back()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await fixture.StartPrivateClusterAsync(ct); // stopping the shared one would hit other tests
        var retried = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var retry = StoreRetry.CreatePipeline(
            new StorageRetryOptions { MaxRetryAttempts = 100, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) },
            TimeProvider.System,
            _ => { retried.TrySetResult(); return ValueTask.CompletedTask; });
        await using var store = new PostgresStateStore(
            new PostgresStorageOptions { ConnectionString = await cluster.CreateDatabaseAsync(ct) }, retry, TimeProvider.System);
        await store.MigrateAsync(ct);
        var before = await store.WriteAsync("conversation/1", Encoding.UTF8.GetBytes("""{"v":1}"""), null, ct);

        await cluster.StopAsync(ct);
        var write = store.WriteAsync("conversation/1", Encoding.UTF8.GetBytes("""{"v":2}"""), before.ETag, ct);
        await retried.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.False(write.IsCompleted);
        await cluster.StartAsync(ct);

        var result = await write;

        Assert.True(result.Written);
        var stored = await store.ReadAsync("conversation/1", ct);
        Assert.Equal("""{"v":2}""", Encoding.UTF8.GetString(stored!.Json.Span));
        Assert.Equal(result.ETag, stored.ETag);
    }
}
