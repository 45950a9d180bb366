using IntegrationBot.Ideas.Audit;
using Npgsql;
using NpgsqlTypes;
using Polly;

namespace IntegrationBot.Storage.Audit;

/// <summary>The audit log in PostgreSQL (migration 0004): one insert per entry, through the store retry.</summary>
public sealed class PostgresAuditLog(NpgsqlDataSource dataSource, ResiliencePipeline retry, TimeProvider time) : IAuditLog
{
    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var at = time.GetUtcNow().ToUniversalTime();
        return retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand("INSERT INTO audit_log (at, actor, action, target, details) VALUES ($1, $2, $3, $4, $5)");
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = s.at });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = s.entry.Actor });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = s.entry.Action });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)s.entry.Target ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = AuditRows.Json(s.entry.Details), NpgsqlDbType = NpgsqlDbType.Jsonb });
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, (dataSource, entry, at), cancellationToken).AsTask();
    }

    public Task<IReadOnlyList<AuditRecord>> ListAsync(int max, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand("SELECT id, at, actor, action, target, details::text FROM audit_log ORDER BY id DESC LIMIT $1");
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = s.max });
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var records = new List<AuditRecord>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                records.Add(new AuditRecord(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), AuditRows.Details(reader.GetString(5))));
            }
            return (IReadOnlyList<AuditRecord>)records;
        }, (dataSource, max), cancellationToken).AsTask();
}
