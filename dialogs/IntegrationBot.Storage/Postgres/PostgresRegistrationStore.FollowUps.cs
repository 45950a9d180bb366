using IntegrationBot.Domain.Registrations;
using IntegrationBot.Storage.Events;
using Npgsql;

namespace IntegrationBot.Storage.Postgres;

/// <summary>The follow-up bookkeeping (notices, reminders, capacity alerts) on PostgreSQL; one round trip each.</summary>
public sealed partial class PostgresRegistrationStore : IRegistrationFollowUps
{
    private static readonly FollowUpSql Sql = FollowUpSql.Postgres;

    public Task<IReadOnlyList<Registration>> PromoteWaitlistAsync(string eventId, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static (s, ct) => s.store.InTransactionAsync(async tx =>
            await PostgresRegistrationCommands.LockEventAsync(tx, s.eventId, ct).ConfigureAwait(false)
                ? await PostgresRegistrationCommands.PromoteAllAsync(tx, s.eventId, s.now, ct).ConfigureAwait(false)
                : [], ct),
            (store: this, eventId, now: time.GetUtcNow()), cancellationToken).AsTask();

    public Task<IReadOnlyList<Registration>> PendingNoticesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        ReadRegistrationsAsync(Sql.PendingNotices, p =>
        {
            p.AddWithValue("now", now.ToUniversalTime());
            p.AddWithValue("limit", limit);
        }, cancellationToken);

    public async Task<bool> ClaimNoticeAsync(string bookingCode, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteAsync(Sql.ClaimNotice, p =>
        {
            p.AddWithValue("code", bookingCode);
            p.AddWithValue("now", now.ToUniversalTime());
            p.AddWithValue("until", (now + NoticeAttempts.Lease).ToUniversalTime());
        }, cancellationToken).ConfigureAwait(false) == 1;

    public Task RecordNoticeAsync(string bookingCode, NoticeDelivery delivery, CancellationToken cancellationToken) =>
        ExecuteAsync(Sql.NoticeUpdate(delivery), p => p.AddWithValue("code", bookingCode), cancellationToken);

    public Task<IReadOnlyList<Registration>> DueRemindersAsync(DateTimeOffset now, TimeSpan before, int limit, CancellationToken cancellationToken) =>
        ReadRegistrationsAsync(Sql.DueReminders, p =>
        {
            p.AddWithValue("now", now.ToUniversalTime());
            p.AddWithValue("until", (now + before).ToUniversalTime());
            p.AddWithValue("limit", limit);
        }, cancellationToken);

    public async Task<bool> ClaimReminderAsync(string bookingCode, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteAsync(Sql.ClaimReminder, p =>
        {
            p.AddWithValue("code", bookingCode);
            p.AddWithValue("now", now.ToUniversalTime());
        }, cancellationToken).ConfigureAwait(false) == 1;

    public Task ReleaseReminderAsync(string bookingCode, CancellationToken cancellationToken) =>
        ExecuteAsync(Sql.ReleaseReminder, p => p.AddWithValue("code", bookingCode), cancellationToken);

    public Task<IReadOnlyList<CapacityAlert>> RaiseCapacityAlertsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static (s, ct) => s.store.InTransactionAsync(async tx =>
        {
            var raised = new List<CapacityAlert>();
            foreach (var threshold in CapacityAlert.Thresholds)
            {
                await using var command = new NpgsqlCommand(Sql.RaiseAlerts, tx.Connection, tx);
                command.Parameters.AddWithValue("threshold", threshold);
                command.Parameters.AddWithValue("now", s.now.ToUniversalTime());
                raised.AddRange(await ReadAlertsAsync(command, ct).ConfigureAwait(false));
            }
            return (IReadOnlyList<CapacityAlert>)raised;
        }, ct), (store: this, now), cancellationToken).AsTask();

    public Task<IReadOnlyList<CapacityAlert>> ListCapacityAlertsAsync(int limit, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand(Sql.ListAlerts);
            command.Parameters.AddWithValue("limit", s.limit);
            return await ReadAlertsAsync(command, ct).ConfigureAwait(false);
        }, (dataSource, limit), cancellationToken).AsTask();

    private Task<IReadOnlyList<Registration>> ReadRegistrationsAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand(s.sql);
            s.bind(command.Parameters);
            return await PostgresRegistrationCommands.ReadAllAsync(command, ct).ConfigureAwait(false);
        }, (dataSource, sql, bind), cancellationToken).AsTask();

    private Task<int> ExecuteAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(static async (s, ct) =>
        {
            await using var command = s.dataSource.CreateCommand(s.sql);
            s.bind(command.Parameters);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, (dataSource, sql, bind), cancellationToken).AsTask();

    private static async Task<IReadOnlyList<CapacityAlert>> ReadAlertsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var alerts = new List<CapacityAlert>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            alerts.Add(new CapacityAlert(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetFieldValue<DateTimeOffset>(4)));
        return alerts;
    }
}
