using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationBot.Storage.Contacts;

/// <summary>
/// The contact directory and the contact finder's counters in PostgreSQL (tables of migration 0003). Each write is
/// one statement or one short transaction; the seed's version row decides, under its primary key, which instance
/// copies a seed version in, so instances starting together seed once.
/// </summary>
public sealed class PostgresContactStore(NpgsqlDataSource dataSource, TimeProvider time) : IContactDirectory, IContactFinderStats, IAsyncDisposable
{
    private const string InsertSql = """
        INSERT INTO contact_directory (id, position, entry, updated_at)
        VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM contact_directory), $2, $3) ON CONFLICT (id) DO NOTHING
        """;

    public PostgresContactStore(PostgresStorageOptions options, TimeProvider time)
        : this(PostgresDataSources.Create(options), time)
    {
    }

    public async Task<IReadOnlyList<DirectoryEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT entry::text FROM contact_directory ORDER BY position");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<DirectoryEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            entries.Add(ContactRows.Deserialize(reader.GetString(0)));
        return entries;
    }

    public async Task<DirectoryEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT entry::text FROM contact_directory WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? ContactRows.Deserialize(json) : null;
    }

    public async Task<bool> UpsertAsync(DirectoryEntry entry, CancellationToken cancellationToken)
    {
        // xmax = 0 only on a freshly inserted row: one statement says whether the entry was new.
        await using var command = dataSource.CreateCommand("""
            INSERT INTO contact_directory (id, position, entry, updated_at)
            VALUES ($1, (SELECT COALESCE(MAX(position), 0) + 1 FROM contact_directory), $2, $3)
            ON CONFLICT (id) DO UPDATE SET entry = excluded.entry, updated_at = excluded.updated_at
            RETURNING (xmax = 0)
            """);
        AddEntry(command, entry, time.GetUtcNow());
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM contact_directory WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = id });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task SeedAsync(DirectorySeed seed, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        await using (var claim = new NpgsqlCommand("INSERT INTO contact_directory_seeds (version, seeded_at) VALUES ($1, $2) ON CONFLICT DO NOTHING", connection, transaction))
        {
            claim.Parameters.Add(new NpgsqlParameter<int> { TypedValue = seed.Version });
            claim.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            if (await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                return;
        }
        foreach (var entry in seed.Entries)
        {
            await using var insert = new NpgsqlCommand(InsertSql, connection, transaction);
            AddEntry(insert, entry, now);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordAsync(ContactFinderOutcome outcome, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ContactRows.CountUpsert);
        foreach (var value in new[] { outcome.Topic, outcome.Language, outcome.Channel, outcome.Outcome.ToString() })
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ContactFinderCount>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ContactRows.CountsSelect);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var counts = new List<ContactFinderCount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            counts.Add(ContactRows.Count(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
        return counts;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private static void AddEntry(NpgsqlCommand command, DirectoryEntry entry, DateTimeOffset now)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = entry.Id });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ContactRows.Serialize(entry), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
    }
}
