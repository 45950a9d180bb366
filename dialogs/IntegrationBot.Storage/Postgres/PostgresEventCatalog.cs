using IntegrationBot.Domain.Events;
using IntegrationBot.Storage.Events;
using Npgsql;
using NpgsqlTypes;
using Polly;

namespace IntegrationBot.Storage.Postgres;

/// <summary>The event catalogue in PostgreSQL; availability is summed from the registrations in the same query.</summary>
public sealed class PostgresEventCatalog(NpgsqlDataSource dataSource, ResiliencePipeline retry, TimeProvider time) : IEventCatalog
{
    private const string UpsertSql = """
        INSERT INTO events (id, starts_at, ends_at, capacity, reserved, registration_deadline, sample, data, updated_at)
        VALUES (@id, @start, @end, @capacity, @reserved, @deadline, @sample, @data, @now)
        ON CONFLICT (id) DO UPDATE SET starts_at = excluded.starts_at, ends_at = excluded.ends_at, capacity = excluded.capacity,
            reserved = excluded.reserved, registration_deadline = excluded.registration_deadline, sample = excluded.sample,
            data = excluded.data, updated_at = excluded.updated_at
        """;

    private const string FindSql = $"SELECT {EventColumns.Availability} FROM events e WHERE e.id = @id";

    private const string ListSql = $"""
        SELECT {EventColumns.Availability} FROM events e
        WHERE e.starts_at >= @from AND e.starts_at < @to AND (@samples OR NOT e.sample)
        ORDER BY e.starts_at, e.id
        """;

    public Task UpsertAsync(EventRecord record, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand(UpsertSql);
            var e = s.record;
            command.Parameters.AddWithValue("id", e.Id);
            command.Parameters.AddWithValue("start", e.Start.ToUniversalTime());
            command.Parameters.AddWithValue("end", e.End.ToUniversalTime());
            command.Parameters.AddWithValue("capacity", e.Capacity);
            command.Parameters.AddWithValue("reserved", e.Reserved);
            command.Parameters.AddWithValue("deadline", NpgsqlDbType.TimestampTz, (object?)e.RegistrationDeadline?.ToUniversalTime() ?? DBNull.Value);
            command.Parameters.AddWithValue("sample", e.Sample);
            command.Parameters.AddWithValue("data", NpgsqlDbType.Jsonb, EventColumns.EventJson(e));
            command.Parameters.AddWithValue("now", s.time.GetUtcNow());
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, (dataSource, record, time), cancellationToken).AsTask();

    public Task<EventAvailability?> FindAsync(string id, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand(FindSql);
            command.Parameters.AddWithValue("id", s.id);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            return await reader.ReadAsync(ct).ConfigureAwait(false) ? EventColumns.ReadAvailability(reader) : null;
        }, (dataSource, id), cancellationToken).AsTask();

    public Task<IReadOnlyList<EventAvailability>> ListAsync(DateTimeOffset from, DateTimeOffset to, bool includeSamples, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand(ListSql);
            command.Parameters.AddWithValue("from", s.from.ToUniversalTime());
            command.Parameters.AddWithValue("to", s.to.ToUniversalTime());
            command.Parameters.AddWithValue("samples", s.includeSamples);
            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var list = new List<EventAvailability>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
                list.Add(EventColumns.ReadAvailability(reader));
            return (IReadOnlyList<EventAvailability>)list;
        }, (dataSource, from, to, includeSamples), cancellationToken).AsTask();
}
