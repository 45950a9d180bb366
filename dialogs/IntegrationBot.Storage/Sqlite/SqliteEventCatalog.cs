using IntegrationBot.Domain.Events;
using IntegrationBot.Storage.Events;
using Microsoft.Data.Sqlite;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>The event catalogue's statements on SQLite (times as UTC ticks); used by <see cref="SqliteEventStore"/>.</summary>
internal static class SqliteEventCatalog
{
    private const string UpsertSql = """
        INSERT INTO events (id, starts_at, ends_at, capacity, reserved, registration_deadline, sample, data, updated_at)
        VALUES ($id, $start, $end, $capacity, $reserved, $deadline, $sample, $data, $now)
        ON CONFLICT (id) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at, capacity = excluded.capacity,
            reserved = excluded.reserved, registration_deadline = excluded.registration_deadline, sample = excluded.sample,
            data = excluded.data, updated_at = excluded.updated_at
        """;

    private const string FindSql = $"SELECT {EventColumns.Availability} FROM events e WHERE e.id = $id";

    private const string ListSql = $"""
        SELECT {EventColumns.Availability} FROM events e
        WHERE e.starts_at >= $from AND e.starts_at < $to AND ($samples OR NOT e.sample)
        ORDER BY e.starts_at, e.id
        """;

    public static void Upsert(SqliteConnection connection, EventRecord e, DateTimeOffset now)
    {
        using var command = connection.CreateCommand();
        command.CommandText = UpsertSql;
        command.Parameters.AddWithValue("$id", e.Id);
        command.Parameters.AddWithValue("$start", e.Start.UtcTicks);
        command.Parameters.AddWithValue("$end", e.End.UtcTicks);
        command.Parameters.AddWithValue("$capacity", e.Capacity);
        command.Parameters.AddWithValue("$reserved", e.Reserved);
        command.Parameters.AddWithValue("$deadline", (object?)e.RegistrationDeadline?.UtcTicks ?? DBNull.Value);
        command.Parameters.AddWithValue("$sample", e.Sample ? 1 : 0);
        command.Parameters.AddWithValue("$data", EventColumns.EventJson(e));
        command.Parameters.AddWithValue("$now", now.UtcTicks);
        command.ExecuteNonQuery();
    }

    public static EventAvailability? Find(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = FindSql;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? EventColumns.ReadAvailability(reader) : null;
    }

    public static IReadOnlyList<EventAvailability> List(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to, bool includeSamples)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ListSql;
        command.Parameters.AddWithValue("$from", from.UtcTicks);
        command.Parameters.AddWithValue("$to", to.UtcTicks);
        command.Parameters.AddWithValue("$samples", includeSamples ? 1 : 0);
        using var reader = command.ExecuteReader();
        var list = new List<EventAvailability>();
        while (reader.Read())
            list.Add(EventColumns.ReadAvailability(reader));
        return list;
    }
}
