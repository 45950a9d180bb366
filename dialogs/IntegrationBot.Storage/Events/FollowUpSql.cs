using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Storage.Events;

/// <summary>
/// The follow-up statements (notices, reminders, capacity alerts) with a parameter prefix per provider (<c>$</c> for
/// SQLite, <c>@</c> for PostgreSQL); the SQL is otherwise the same.
/// </summary>
internal sealed class FollowUpSql(char p)
{
    public static FollowUpSql Sqlite { get; } = new('$');

    public static FollowUpSql Postgres { get; } = new('@');

    public string PendingNotices => $"""
        SELECT {EventColumns.Registration} FROM registrations
        WHERE notice IS NOT NULL AND conversation_reference IS NOT NULL AND notice_attempts < {NoticeAttempts.Max}
          AND (notice_claimed_until IS NULL OR notice_claimed_until <= {p}now)
        ORDER BY id LIMIT {p}limit
        """;

    public string ClaimNotice => $"""
        UPDATE registrations SET notice_claimed_until = {p}until
        WHERE booking_code = {p}code AND notice IS NOT NULL AND notice_attempts < {NoticeAttempts.Max}
          AND (notice_claimed_until IS NULL OR notice_claimed_until <= {p}now)
        """;

    public string NoticeDelivered => $"UPDATE registrations SET notice = NULL, notice_claimed_until = NULL WHERE booking_code = {p}code";

    public string NoticeKept => $"UPDATE registrations SET notice_attempts = {NoticeAttempts.Max} WHERE booking_code = {p}code AND notice IS NOT NULL";

    public string NoticeRetry => $"UPDATE registrations SET notice_attempts = notice_attempts + 1, notice_claimed_until = NULL WHERE booking_code = {p}code AND notice IS NOT NULL";

    public string DueReminders => $"""
        SELECT {EventColumns.Registration} FROM registrations
        WHERE status = 'confirmed' AND reminder_sent_at IS NULL AND conversation_reference IS NOT NULL
          AND event_id IN (SELECT id FROM events WHERE starts_at > {p}now AND starts_at <= {p}until)
        ORDER BY id LIMIT {p}limit
        """;

    public string ClaimReminder => $"UPDATE registrations SET reminder_sent_at = {p}now WHERE booking_code = {p}code AND reminder_sent_at IS NULL AND status = 'confirmed'";

    public string ReleaseReminder => $"UPDATE registrations SET reminder_sent_at = NULL WHERE booking_code = {p}code";

    // One statement per threshold; the primary key (event_id, threshold) makes a repeated run insert nothing.
    public string RaiseAlerts => $"""
        INSERT INTO event_alerts (event_id, threshold, confirmed, bookable, raised_at)
        SELECT e.id, {p}threshold, t.persons, e.capacity - e.reserved, {p}now
        FROM events e
        JOIN (SELECT event_id, SUM(persons) AS persons FROM registrations WHERE status = 'confirmed' GROUP BY event_id) t ON t.event_id = e.id
        WHERE e.starts_at > {p}now AND e.capacity - e.reserved > 0 AND t.persons * 100 >= {p}threshold * (e.capacity - e.reserved)
        ON CONFLICT (event_id, threshold) DO NOTHING
        RETURNING {AlertColumns}
        """;

    public string ListAlerts => $"SELECT {AlertColumns} FROM event_alerts ORDER BY raised_at DESC, event_id, threshold DESC LIMIT {p}limit";

    public const string AlertColumns = "event_id, threshold, confirmed, bookable, raised_at";

    public string NoticeUpdate(NoticeDelivery delivery) => delivery switch
    {
        NoticeDelivery.Delivered => NoticeDelivered,
        NoticeDelivery.KeptForNextVisit => NoticeKept,
        _ => NoticeRetry,
    };
}
