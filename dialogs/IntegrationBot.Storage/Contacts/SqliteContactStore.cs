using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntegrationBot.Storage.Contacts;

/// <summary>
/// The contact directory and the contact finder's counters in the bot's SQLite file (tables of migration 0003).
/// Writes are rare (coordinator edits, one counter per finished search), so each opens a pooled connection and
/// waits out another writer with the busy timeout instead of joining the state store's write queue.
/// </summary>
public sealed class SqliteContactStore(SqliteStorageOptions options, TimeProvider time) : IContactDirectory, IContactFinderStats
{
    private readonly SqliteDatabase _database = new(options);

    public async Task<IReadOnlyList<DirectoryEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        await using var command = Command(connection, null, "SELECT entry FROM contact_directory ORDER BY position");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<DirectoryEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            entries.Add(ContactRows.Deserialize(reader.GetString(0)));
        return entries;
    }

    public async Task<DirectoryEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        await using var command = Command(connection, null, "SELECT entry FROM contact_directory WHERE id = $1", id);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? ContactRows.Deserialize(json) : null;
    }

    public async Task<bool> UpsertAsync(DirectoryEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        // IMMEDIATE: the update-or-insert decision and the new position are taken under the write lock.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var json = ContactRows.Serialize(entry);
        var now = time.GetUtcNow().UtcTicks;
        await using var update = Command(connection, transaction, "UPDATE contact_directory SET entry = $2, updated_at = $3 WHERE id = $1", entry.Id, json, now);
        var added = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0;
        if (added)
            await InsertAsync(connection, transaction, entry, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        await using var command = Command(connection, null, "DELETE FROM contact_directory WHERE id = $1", id);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task SeedAsync(DirectorySeed seed, CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = time.GetUtcNow().UtcTicks;
        await using var claim = Command(connection, transaction, "INSERT INTO contact_directory_seeds (version, seeded_at) VALUES ($1, $2) ON CONFLICT DO NOTHING", seed.Version, now);
        if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
        {
            foreach (var entry in seed.Entries)
                await InsertAsync(connection, transaction, entry, now, cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordAsync(ContactFinderOutcome outcome, CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        await using var command = Command(connection, null, ContactRows.CountUpsert, outcome.Topic, outcome.Language, outcome.Channel, outcome.Outcome.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ContactFinderCount>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = _database.Open();
        await using var command = Command(connection, null, ContactRows.CountsSelect);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var counts = new List<ContactFinderCount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            counts.Add(ContactRows.Count(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
        return counts;
    }

    // An existing id (a coordinator's entry with the seed's id) wins over the seed.
    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, DirectoryEntry entry, long now, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction, """
            INSERT INTO contact_directory (id, position, entry, updated_at)
            VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM contact_directory), $2, $3) ON CONFLICT (id) DO NOTHING
            """, entry.Id, ContactRows.Serialize(entry), now);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params object[] values)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
            command.Parameters.AddWithValue("$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), values[i]);
        return command;
    }
}
