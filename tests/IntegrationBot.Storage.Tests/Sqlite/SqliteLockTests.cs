using System.Text;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationBot.Storage.Tests.Sqlite;

/// <summary>Another process (a backup, the sqlite3 shell) holding the write lock must delay a write, not lose it.</summary>
public sealed class SqliteLockTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "integrationbot-sqlite-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_write_blocked_by_another_connections_lock_is_retried_until_it_lands()
    {
        var ct = TestContext.Current.CancellationToken;
        var retried = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var retry = StoreRetry.CreatePipeline(
            new StorageRetryOptions { MaxRetryAttempts = 50, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) },
            TimeProvider.System,
            _ => { retried.TrySetResult(); return ValueTask.CompletedTask; });
        // The shortest busy timeout (1 s): Microsoft.Data.Sqlite waits that long before SQLITE_BUSY reaches the retry.
        var options = new SqliteStorageOptions { Path = Path.Combine(_folder, "state.db"), BusyTimeout = TimeSpan.FromSeconds(1) };
        using var store = new SqliteStateStore(options, retry, TimeProvider.System);
        await store.MigrateAsync(ct);

        using var other = new SqliteConnection($"Data Source={store.FilePath};Pooling=False");
        other.Open();
        var lockHolder = other.BeginTransaction(deferred: false);
        var write = store.WriteAsync("conversation/1", Encoding.UTF8.GetBytes("{}"), null, ct);
        await retried.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        Assert.False(write.IsCompleted);
        lockHolder.Rollback();

        var result = await write;

        Assert.True(result.Written);
        Assert.Equal(result.ETag, (await store.ReadAsync("conversation/1", ct))!.ETag);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
