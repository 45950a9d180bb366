using IntegrationBot.Domain.Registrations;
using IntegrationBot.Storage.Events;
using Microsoft.Data.Sqlite;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>The follow-up bookkeeping (notices, reminders, capacity alerts) on SQLite.</summary>
public sealed partial class SqliteEventStore : IRegistrationFollowUps
{
    private static readonly FollowUpSql Sql = FollowUpSql.Sqlite;

    public Task<IReadOnlyList<Registration>> PromoteWaitlistAsync(string eventId, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<Registration>>((c, tx) =>
        {
            using var exists = SqliteRegistrationCommands.Command(c, tx, "SELECT 1 FROM events WHERE id = $event", ("$event", eventId));
            return exists.ExecuteScalar() is null ? [] : SqliteRegistrationCommands.PromoteAll(c, tx, eventId, _time.GetUtcNow());
        }, cancellationToken);

    public Task<IReadOnlyList<Registration>> PendingNoticesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Registration>>(c =>
        {
            using var command = SqliteRegistrationCommands.Command(c, null, Sql.PendingNotices, ("$now", now.UtcTicks), ("$limit", limit));
            return SqliteRegistrationCommands.ReadAll(command);
        }, cancellationToken);

    public async Task<bool> ClaimNoticeAsync(string bookingCode, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Execute(Sql.ClaimNotice, cancellationToken,
            ("$code", bookingCode), ("$now", now.UtcTicks), ("$until", (now + NoticeAttempts.Lease).UtcTicks)).ConfigureAwait(false) == 1;

    public Task RecordNoticeAsync(string bookingCode, NoticeDelivery delivery, CancellationToken cancellationToken) =>
        Execute(Sql.NoticeUpdate(delivery), cancellationToken, ("$code", bookingCode));

    public Task<IReadOnlyList<Registration>> DueRemindersAsync(DateTimeOffset now, TimeSpan before, int limit, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Registration>>(c =>
        {
            using var command = SqliteRegistrationCommands.Command(c, null, Sql.DueReminders,
                ("$now", now.UtcTicks), ("$until", (now + before).UtcTicks), ("$limit", limit));
            return SqliteRegistrationCommands.ReadAll(command);
        }, cancellationToken);

    public async Task<bool> ClaimReminderAsync(string bookingCode, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Execute(Sql.ClaimReminder, cancellationToken, ("$code", bookingCode), ("$now", now.UtcTicks)).ConfigureAwait(false) == 1;

    public Task ReleaseReminderAsync(string bookingCode, CancellationToken cancellationToken) =>
        Execute(Sql.ReleaseReminder, cancellationToken, ("$code", bookingCode));

    public Task<IReadOnlyList<CapacityAlert>> RaiseCapacityAlertsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        WriteAsync<IReadOnlyList<CapacityAlert>>((c, tx) =>
        {
            var raised = new List<CapacityAlert>();
            foreach (var threshold in CapacityAlert.Thresholds)
            {
                using var command = SqliteRegistrationCommands.Command(c, tx, Sql.RaiseAlerts, ("$threshold", threshold), ("$now", now.UtcTicks));
                raised.AddRange(ReadAlerts(command));
            }
            return raised;
        }, cancellationToken);

    public Task<IReadOnlyList<CapacityAlert>> ListCapacityAlertsAsync(int limit, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<CapacityAlert>>(c =>
        {
            using var command = SqliteRegistrationCommands.Command(c, null, Sql.ListAlerts, ("$limit", limit));
            return ReadAlerts(command);
        }, cancellationToken);

    private Task<int> Execute(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        WriteAsync((c, tx) =>
        {
            using var command = SqliteRegistrationCommands.Command(c, tx, sql, parameters);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    private static List<CapacityAlert> ReadAlerts(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var alerts = new List<CapacityAlert>();
        while (reader.Read())
            alerts.Add(new CapacityAlert(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero)));
        return alerts;
    }
}
