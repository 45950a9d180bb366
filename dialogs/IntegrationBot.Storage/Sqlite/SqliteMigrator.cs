using System.Globalization;
using IntegrationBot.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>
/// Applies the SQLite scripts in one IMMEDIATE transaction: a second process starting at the same moment waits for
/// the write lock, then finds the versions recorded and applies nothing.
/// </summary>
internal static class SqliteMigrator
{
    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT    NOT NULL,
            applied_at TEXT    NOT NULL
        )
        """;

    public static IReadOnlyList<Migration> Migrate(SqliteDatabase database, IReadOnlyList<Migration> scripts, TimeProvider time)
    {
        using var connection = database.Open();
        // WAL is a property of the file and cannot change inside a transaction: readers never block the writer.
        Execute(connection, null, "PRAGMA journal_mode = WAL");

        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, CreateHistory);
        var applied = AppliedVersions(connection, transaction);
        var newlyApplied = new List<Migration>();
        foreach (var migration in scripts)
        {
            if (applied.Contains(migration.Version))
                continue;
            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$name", migration.Name);
            record.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            newlyApplied.Add(migration);
        }
        transaction.Commit();
        return newlyApplied;
    }

    private static HashSet<int> AppliedVersions(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_migrations";
        using var reader = command.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
            versions.Add(reader.GetInt32(0));
        return versions;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
