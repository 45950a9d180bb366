using System.Data;
using IntegrationBot.Engine.State;
using IntegrationBot.Storage.Migrations;
using IntegrationBot.Storage.Resilience;
using Npgsql;
using Polly;

namespace IntegrationBot.Storage.Postgres;

/// <summary>
/// State documents and the delivery log in PostgreSQL. Every operation is one statement on a pooled connection;
/// a guarded write is one INSERT ... ON CONFLICT DO NOTHING or UPDATE ... WHERE etag = $expected, decided by the
/// affected-row count. Owns its <see cref="NpgsqlDataSource"/>.
/// </summary>
public sealed class PostgresStateStore(NpgsqlDataSource dataSource, ResiliencePipeline retry, TimeProvider time)
    : IStateStore, IDeliveryLog, IStorageAdmin, IAsyncDisposable
{
    private const string ReadSql = "SELECT json, etag, updated_at FROM state_documents WHERE key = $1";
    private const string InsertSql = "INSERT INTO state_documents (key, etag, json, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING";
    private const string UpdateSql = "UPDATE state_documents SET etag = $2, json = $3, updated_at = $4 WHERE key = $1 AND etag = $5";
    private const string CurrentETagSql = "SELECT etag FROM state_documents WHERE key = $1";
    private const string DeleteSql = "DELETE FROM state_documents WHERE key = $1";
    private const string DeleteExpiredSql = "DELETE FROM state_documents WHERE key LIKE $1 AND updated_at < $2";
    private const string BeginDeliverySql = "INSERT INTO delivery_log (channel_id, conversation_id, activity_id, received_at, claim) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING";
    private const string DeliveryClaimSql = "SELECT claim FROM delivery_log WHERE channel_id = $1 AND conversation_id = $2 AND activity_id = $3";
    private const string ForgetDeliverySql = "DELETE FROM delivery_log WHERE channel_id = $1 AND conversation_id = $2 AND activity_id = $3";
    private const string PurgeSql = "DELETE FROM delivery_log WHERE received_at < $1";

    public PostgresStateStore(PostgresStorageOptions options, ResiliencePipeline retry, TimeProvider time)
        : this(PostgresDataSources.Create(options), retry, time)
    {
    }

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) =>
        retry.RunAsync(static (s, attempt) => s.store.ReadOnceAsync(s.key, attempt.CancellationToken), (store: this, key), cancellationToken).AsTask();

    public Task<WriteResult> WriteAsync(string key, ReadOnlyMemory<byte> json, string? expectedETag, CancellationToken cancellationToken)
    {
        long expected = 0;
        if (expectedETag is not null && !ETags.TryParse(expectedETag, out expected))
            return Task.FromResult(WriteResult.Conflict);

        var write = new GuardedWrite(key, json, expectedETag is not null, expected, ETags.NewToken(), time.GetUtcNow());
        return retry.RunAsync(static (s, attempt) => s.store.WriteOnceAsync(s.write, attempt), (store: this, write), cancellationToken).AsTask();
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        ExecuteAsync(DeleteSql, key, cancellationToken);

    public Task<int> DeleteExpiredAsync(string keyPrefix, DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        ExecuteAsync(DeleteExpiredSql, LikePrefix(keyPrefix), olderThan.ToUniversalTime(), cancellationToken);

    public Task<bool> TryBeginAsync(DeliveryKey key, DateTimeOffset now, CancellationToken cancellationToken) =>
        retry.RunAsync(static (s, attempt) => s.store.TryBeginOnceAsync(s.key, s.at, s.claim, attempt), (store: this, key, at: now.ToUniversalTime(), claim: ETags.NewToken()), cancellationToken).AsTask();

    public Task ForgetAsync(DeliveryKey key, CancellationToken cancellationToken) =>
        retry.RunAsync(
            static async (s, attempt) =>
            {
                await using var command = s.dataSource.CreateCommand(ForgetDeliverySql);
                AddDeliveryKey(command, s.key);
                return await command.ExecuteNonQueryAsync(attempt.CancellationToken).ConfigureAwait(false);
            },
            (dataSource, key),
            cancellationToken).AsTask();

    public Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        ExecuteAsync(PurgeSql, olderThan.ToUniversalTime(), cancellationToken);

    public Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken) =>
        retry.RunAsync(static async (s, attempt) => await PostgresMigrator.MigrateAsync(s.dataSource, MigrationScripts.For("Postgres"), s.time, attempt.CancellationToken).ConfigureAwait(false), (dataSource, time), cancellationToken).AsTask();

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT 1 FROM schema_migrations LIMIT 1");
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private async ValueTask<StoredDocument?> ReadOnceAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ReadSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            return null;
        return new StoredDocument(
            reader.GetFieldValue<byte[]>(0),
            ETags.Format(reader.GetInt64(1)),
            reader.GetFieldValue<DateTimeOffset>(2));
    }

    private async ValueTask<WriteResult> WriteOnceAsync(GuardedWrite write, StoreAttempt attempt)
    {
        await using (var command = dataSource.CreateCommand(write.HasExpected ? UpdateSql : InsertSql))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Key });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = write.NewETag });
            command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = write.Json });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = write.UpdatedAt });
            if (write.HasExpected)
                command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = write.Expected });
            if (await command.ExecuteNonQueryAsync(attempt.CancellationToken).ConfigureAwait(false) == 1)
                return WriteResult.Success(ETags.Format(write.NewETag));
        }

        // Zero rows after a retry may mean the previous try committed and only its reply was lost.
        if (attempt.IsRetry && await CurrentETagAsync(write.Key, attempt.CancellationToken).ConfigureAwait(false) == write.NewETag)
            return WriteResult.Success(ETags.Format(write.NewETag));
        return WriteResult.Conflict;
    }

    private async Task<long?> CurrentETagAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(CurrentETagSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
    }

    private async ValueTask<bool> TryBeginOnceAsync(DeliveryKey key, DateTimeOffset at, long claim, StoreAttempt attempt)
    {
        await using (var command = dataSource.CreateCommand(BeginDeliverySql))
        {
            AddDeliveryKey(command, key);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = at });
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = claim });
            if (await command.ExecuteNonQueryAsync(attempt.CancellationToken).ConfigureAwait(false) == 1)
                return true;
        }
        if (!attempt.IsRetry)
            return false;

        // As for writes: our own insert from a try whose reply was lost is not a redelivery.
        await using var check = dataSource.CreateCommand(DeliveryClaimSql);
        AddDeliveryKey(check, key);
        return await check.ExecuteScalarAsync(attempt.CancellationToken).ConfigureAwait(false) as long? == claim;
    }

    // Parameters are created per try: an NpgsqlParameter cannot join a second command's collection.
    private Task<int> ExecuteAsync<T>(string sql, T value, CancellationToken cancellationToken) =>
        ExecuteAsync(sql, value, (object?)null, cancellationToken);

    private Task<int> ExecuteAsync<T1, T2>(string sql, T1 first, T2? second, CancellationToken cancellationToken) =>
        retry.RunAsync(
            static async (s, attempt) =>
            {
                await using var command = s.dataSource.CreateCommand(s.sql);
                command.Parameters.Add(new NpgsqlParameter<T1> { TypedValue = s.first });
                if (s.second is not null)
                    command.Parameters.Add(new NpgsqlParameter<T2> { TypedValue = s.second });
                return await command.ExecuteNonQueryAsync(attempt.CancellationToken).ConfigureAwait(false);
            },
            (dataSource, sql, first, second),
            cancellationToken).AsTask();

    private static void AddDeliveryKey(NpgsqlCommand command, DeliveryKey key)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.ChannelId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.ConversationId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key.ActivityId });
    }

    private static string LikePrefix(string prefix) =>
        prefix.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";

    private readonly record struct GuardedWrite(string Key, ReadOnlyMemory<byte> Json, bool HasExpected, long Expected, long NewETag, DateTimeOffset UpdatedAt);
}
