using System.Data;
using IntegrationBot.Engine.State;
using IntegrationBot.Storage.Migrations;
using IntegrationBot.Storage.Resilience;
using Microsoft.Data.Sqlite;
using Polly;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>
/// State documents and the delivery log in one SQLite file (WAL). Reads use pooled connections and run in parallel;
/// writes go through <see cref="SqliteWriter"/>. Every guarded write is one statement whose affected-row count decides
/// between success and conflict.
/// </summary>
public sealed class SqliteStateStore : IStateStore, IDeliveryLog, IStorageAdmin, IDisposable, IAsyncDisposable
{
    private readonly SqliteDatabase _database;
    private readonly SqliteWriter _writer;
    private readonly ResiliencePipeline _retry;
    private readonly TimeProvider _time;

    public SqliteStateStore(SqliteStorageOptions options, ResiliencePipeline retry, TimeProvider time)
    {
        _database = new SqliteDatabase(options);
        _writer = new SqliteWriter(_database, options.Synchronous);
        _retry = retry;
        _time = time;
    }

    /// <summary>The absolute path of the database file (for the start-up log).</summary>
    public string FilePath => _database.FullPath;

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
        _retry.RunAsync(static (s, attempt) => ValueTask.FromResult(s.store.ReadOnce(s.key, attempt.CancellationToken)), (store: this, key), cancellationToken).AsTask();

    public Task<WriteResult> WriteAsync(string key, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken)
    {
        long expected = 0;
        if (expectedETag is not null && !ETags.TryParse(expectedETag, out expected))
            return Task.FromResult(WriteResult.Conflict);

        var write = new GuardedWrite(key, json, expectedETag is not null, expected, ETags.NewToken(), _time.GetUtcNow().UtcTicks);
        return _retry.RunAsync(static (s, attempt) => s.store.WriteOnceAsync(s.write, attempt), (store: this, write), cancellationToken).AsTask();
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        Write(static (commands, key) => commands.Delete(key), key, cancellationToken);

    public Task<int> DeleteExpiredAsync(string keyPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        Write(static (commands, s) => commands.DeleteExpired(s.keyPrefix, s.before), (keyPrefix, before: olderThan.UtcTicks), cancellationToken);

    public async Task<bool> TryBeginAsync(DeliveryKey key, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Write(static (commands, s) => commands.BeginDelivery(s.key.ChannelId, s.key.ConversationId, s.key.ActivityId, s.at), (key, at: now.UtcTicks), cancellationToken).ConfigureAwait(false) == 1;

    public Task ForgetAsync(DeliveryKey key, CancellationToken cancellationToken) =>
        Write(static (commands, key) => commands.ForgetDelivery(key.ChannelId, key.ConversationId, key.ActivityId), key, cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        Write(static (commands, before) => commands.PurgeDeliveries(before), olderThan.UtcTicks, cancellationToken);

    public Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken) =>
        _retry.RunAsync(static (s, _) => ValueTask.FromResult(SqliteMigrator.Migrate(s._database, MigrationScripts.For("Sqlite"), s._time)), this, cancellationToken).AsTask();

    public Task PingAsync(CancellationToken cancellationToken)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM schema_migrations";
        command.ExecuteScalar();
        return Task.CompletedTask;
    }

    /// <summary>Closes the writer and the pooled idle connections, releasing the file.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        using var connection = new SqliteConnection(_database.ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private StoredDocument? ReadOnce(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag, updated_at FROM state_documents WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader(CommandBehavior.SingleRow);
        if (!reader.Read())
            return null;
        return new StoredDocument(
            reader.GetFieldValue<byte[]>(0),
            ETags.Format(reader.GetInt64(1)),
            new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero));
    }

    // SQLite runs in-process, so a failed statement never leaves a commit in doubt: no own-ETag check is needed here.
    private async ValueTask<WriteResult> WriteOnceAsync(GuardedWrite write, StoreAttempt attempt)
    {
        var rows = await _writer.RunAsync(
            static (commands, w) => w.HasExpected
                ? commands.Update(w.Key, w.NewETag, w.Json, w.UpdatedAtTicks, w.Expected)
                : commands.Insert(w.Key, w.NewETag, w.Json, w.UpdatedAtTicks),
            write,
            attempt.CancellationToken).ConfigureAwait(false);
        return rows == 1 ? WriteResult.Success(ETags.Format(write.NewETag)) : WriteResult.Conflict;
    }

    private Task<TResult> Write<TResult, TState>(Func<SqliteWriterCommands, TState, TResult> operation, TState state, CancellationToken cancellationToken) =>
        _retry.RunAsync(
            static (s, attempt) => s.writer.RunAsync(s.operation, s.state, attempt.CancellationToken),
            (writer: _writer, operation, state),
            cancellationToken).AsTask();

    private readonly record struct GuardedWrite(string Key, ReadOnlyMemory<byte> Json, bool HasExpected, long Expected, long NewETag, long UpdatedAtTicks);
}
