using IntegrationBot.Ideas.Audit;
using IntegrationBot.Storage.Sqlite;
using Polly;

namespace IntegrationBot.Storage.Audit;

/// <summary>
/// The audit log in the bot's SQLite file (migration 0004). An entry is one short insert; it waits out another writer
/// with the busy timeout and the store retry rather than joining a write queue.
/// </summary>
public sealed class SqliteAuditLog(SqliteStorageOptions options, ResiliencePipeline retry, TimeProvider time) : IAuditLog
{
    private readonly SqliteDatabase _database = new(options);

    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var at = time.GetUtcNow().UtcTicks;
        return retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var connection = s.log._database.Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO audit_log (at, actor, action, target, details) VALUES (@at, @actor, @action, @target, @details)";
            command.Parameters.AddWithValue("@at", s.at);
            command.Parameters.AddWithValue("@actor", s.entry.Actor);
            command.Parameters.AddWithValue("@action", s.entry.Action);
            command.Parameters.AddWithValue("@target", (object?)s.entry.Target ?? DBNull.Value);
            command.Parameters.AddWithValue("@details", AuditRows.Json(s.entry.Details));
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, (log: this, entry, at), cancellationToken).AsTask();
    }

    public Task<IReadOnlyList<AuditRecord>> ListAsync(int max, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var connection = s.log._database.Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, at, actor, action, target, details FROM audit_log ORDER BY id DESC LIMIT @max";
            command.Parameters.AddWithValue("@max", s.max);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var records = new List<AuditRecord>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                records.Add(new AuditRecord(reader.GetInt64(0), new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), AuditRows.Details(reader.GetString(5))));
            }
            return (IReadOnlyList<AuditRecord>)records;
        }, (log: this, max), cancellationToken).AsTask();
}
