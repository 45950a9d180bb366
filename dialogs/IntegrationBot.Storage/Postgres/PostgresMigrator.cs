using System.Data;
using IntegrationBot.Storage.Migrations;
using Npgsql;

namespace IntegrationBot.Storage.Postgres;

/// <summary>
/// Applies the PostgreSQL scripts under a session advisory lock, one transaction per script. Instances starting
/// together queue on the lock; the lock dies with the connection, so a crashed migrator cannot block the next one.
/// </summary>
internal static class PostgresMigrator
{
    // An arbitrary constant naming "IntegrationBot schema" among the advisory locks of this database.
    private const long LockKey = 0x1B07_5C4E_3A11_0001;

    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer     NOT NULL PRIMARY KEY,
            name       text        NOT NULL,
            applied_at timestamptz NOT NULL
        )
        """;

    public static async Task<IReadOnlyList<Migration>> MigrateAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<Migration> scripts, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock($1)", LockKey, cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, CreateHistory, null, cancellationToken).ConfigureAwait(false);
            var applied = await AppliedVersionsAsync(connection, cancellationToken).ConfigureAwait(false);
            var newlyApplied = new List<Migration>();
            foreach (var migration in scripts)
            {
                if (applied.Contains(migration.Version))
                    continue;
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, migration.Sql, null, cancellationToken).ConfigureAwait(false);
                await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", connection))
                {
                    record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = migration.Version });
                    record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = migration.Name });
                    record.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = time.GetUtcNow() });
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                newlyApplied.Add(migration);
            }
            return newlyApplied;
        }
        finally
        {
            // A broken connection has already dropped the lock, and unlocking it would hide the real error.
            // CancellationToken.None: the unlock must run even when start-up was cancelled.
            if (connection.FullState == ConnectionState.Open)
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock($1)", LockKey, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            versions.Add(reader.GetInt32(0));
        return versions;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, long? lockKey, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (lockKey is { } key)
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
