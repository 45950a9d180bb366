using System.Runtime.InteropServices;
using IntegrationBot.Storage.Resilience;
using Microsoft.Data.Sqlite;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>
/// The one connection that writes. SQLite admits a single writer at a time anyway; queueing writers here on an async
/// gate replaces Microsoft.Data.Sqlite's busy loop (Thread.Sleep(150) per SQLITE_BUSY) with a cheap await, and lets
/// each statement be prepared once for the life of the connection instead of once per call.
/// </summary>
internal sealed class SqliteWriter(SqliteDatabase database, SqliteSynchronous synchronous) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteWriterCommands? _commands;

    public async ValueTask<TResult> RunAsync<TResult, TState>(
        Func<SqliteWriterCommands, TState, TResult> operation, TState state, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _commands ??= new SqliteWriterCommands(database.Open(), synchronous);
            try
            {
                return operation(_commands, state);
            }
            catch (SqliteException e) when (!StoreRetry.IsTransient(e))
            {
                // Something worse than a lock (I/O error, file replaced): start over with a fresh connection.
                _commands.Dispose();
                _commands = null;
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _commands?.Dispose();
        _gate.Dispose();
    }
}

/// <summary>The writer's prepared statements; used only while <see cref="SqliteWriter"/>'s gate is held.</summary>
internal sealed class SqliteWriterCommands : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _deleteExpired;
    private readonly SqliteCommand _beginDelivery;
    private readonly SqliteCommand _forgetDelivery;
    private readonly SqliteCommand _purgeDeliveries;

    public SqliteWriterCommands(SqliteConnection connection, SqliteSynchronous synchronous)
    {
        _connection = connection;
        using (var pragma = connection.CreateCommand())
        {
            // A per-connection setting; only this connection commits documents, so only it needs it.
            pragma.CommandText = synchronous == SqliteSynchronous.Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL";
            pragma.ExecuteNonQuery();
        }
        _insert = Prepare("INSERT INTO state_documents (key, etag, json, updated_at) VALUES ($key, $etag, $json, $at) ON CONFLICT (key) DO NOTHING",
            ("$key", SqliteType.Text), ("$etag", SqliteType.Integer), ("$json", SqliteType.Blob), ("$at", SqliteType.Integer));
        _update = Prepare("UPDATE state_documents SET etag = $etag, json = $json, updated_at = $at WHERE key = $key AND etag = $expected",
            ("$key", SqliteType.Text), ("$etag", SqliteType.Integer), ("$json", SqliteType.Blob), ("$at", SqliteType.Integer), ("$expected", SqliteType.Integer));
        _delete = Prepare("DELETE FROM state_documents WHERE key = $key", ("$key", SqliteType.Text));
        _deleteExpired = Prepare("DELETE FROM state_documents WHERE substr(key, 1, length($prefix)) = $prefix AND updated_at < $before",
            ("$prefix", SqliteType.Text), ("$before", SqliteType.Integer));
        _beginDelivery = Prepare("INSERT INTO delivery_log (channel_id, conversation_id, activity_id, received_at) VALUES ($channel, $conversation, $activity, $at) ON CONFLICT DO NOTHING",
            ("$channel", SqliteType.Text), ("$conversation", SqliteType.Text), ("$activity", SqliteType.Text), ("$at", SqliteType.Integer));
        _forgetDelivery = Prepare("DELETE FROM delivery_log WHERE channel_id = $channel AND conversation_id = $conversation AND activity_id = $activity",
            ("$channel", SqliteType.Text), ("$conversation", SqliteType.Text), ("$activity", SqliteType.Text));
        _purgeDeliveries = Prepare("DELETE FROM delivery_log WHERE received_at < $before", ("$before", SqliteType.Integer));
    }

    public int Insert(string key, long etag, ReadOnlyMemory<byte> json, long updatedAtTicks) =>
        Execute(_insert, key, etag, AsArray(json), updatedAtTicks);

    public int Update(string key, long etag, ReadOnlyMemory<byte> json, long updatedAtTicks, long expected) =>
        Execute(_update, key, etag, AsArray(json), updatedAtTicks, expected);

    public int Delete(string key) => Execute(_delete, key);

    public int DeleteExpired(string prefix, long beforeTicks) => Execute(_deleteExpired, prefix, beforeTicks);

    public int BeginDelivery(string channel, string conversation, string activity, long atTicks) =>
        Execute(_beginDelivery, channel, conversation, activity, atTicks);

    public int ForgetDelivery(string channel, string conversation, string activity) =>
        Execute(_forgetDelivery, channel, conversation, activity);

    public int PurgeDeliveries(long beforeTicks) => Execute(_purgeDeliveries, beforeTicks);

    public void Dispose()
    {
        foreach (var command in new[] { _insert, _update, _delete, _deleteExpired, _beginDelivery, _forgetDelivery, _purgeDeliveries })
            command.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, params (string Name, SqliteType Type)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
            command.Parameters.Add(name, type);
        command.Prepare();
        return command;
    }

    private static int Execute(SqliteCommand command, params ReadOnlySpan<object> values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        return command.ExecuteNonQuery();
    }

    // Microsoft.Data.Sqlite binds only byte[]: reuse the caller's array when the memory is a whole one.
    private static byte[] AsArray(ReadOnlyMemory<byte> json) =>
        MemoryMarshal.TryGetArray(json, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : json.ToArray();
}
