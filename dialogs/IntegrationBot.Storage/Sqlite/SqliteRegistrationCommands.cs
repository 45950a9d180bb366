using IntegrationBot.Domain.Registrations;
using IntegrationBot.Storage.Events;
using Microsoft.Data.Sqlite;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>
/// Registration statements on SQLite, run inside a <c>BEGIN IMMEDIATE</c> transaction: it takes the database's write
/// lock before the first read, so the capacity decision cannot interleave with another writer (the role PostgreSQL's
/// row lock plays).
/// </summary>
internal static class SqliteRegistrationCommands
{
    private const string ByKeySql = $"SELECT {EventColumns.Registration} FROM registrations WHERE channel_id = $channel AND conversation_id = $conversation AND activity_id = $activity";

    private const string EventSql = "SELECT starts_at, registration_deadline, capacity - reserved FROM events WHERE id = $event";

    private const string InsertSql = $"""
        INSERT INTO registrations (booking_code, event_id, channel_id, user_id, conversation_id, activity_id, persons, name, email, phone,
            needs, consent_at, language, status, conversation_reference, created_at, updated_at)
        SELECT $code, $event, $channel, $user, $conversation, $activity, $persons, $name, $email, $phone, $needs, $consent, $language,
            CASE WHEN taken.persons + $persons <= places.bookable THEN 'confirmed' ELSE 'waitlisted' END, $reference, $now, $now
        FROM (SELECT COALESCE(SUM(persons), 0) AS persons FROM registrations WHERE event_id = $event AND status = 'confirmed') taken,
             (SELECT capacity - reserved AS bookable FROM events WHERE id = $event) places
        WHERE $waitlist OR taken.persons + $persons <= places.bookable
        ON CONFLICT (channel_id, conversation_id, activity_id) DO NOTHING
        RETURNING {EventColumns.Registration}
        """;

    private const string FindActiveSql = "SELECT event_id FROM registrations WHERE booking_code = $code AND channel_id = $channel AND user_id = $user AND status <> 'cancelled'";

    private const string CancelSql = $"UPDATE registrations SET status = 'cancelled', notice = NULL, updated_at = $now WHERE booking_code = $code AND status <> 'cancelled' RETURNING {EventColumns.Registration}";

    private const string PromoteSql = $"""
        UPDATE registrations SET status = 'confirmed', notice = '{EventColumns.PromotedNotice}', notice_attempts = 0, updated_at = $now
        WHERE id = (
            SELECT w.id FROM registrations w
            WHERE w.event_id = $event AND w.status = 'waitlisted'
              AND w.persons <= (SELECT capacity - reserved FROM events WHERE id = $event)
                             - (SELECT COALESCE(SUM(persons), 0) FROM registrations WHERE event_id = $event AND status = 'confirmed')
            ORDER BY w.id LIMIT 1)
        RETURNING {EventColumns.Registration}
        """;

    public static RegistrationResult Register(SqliteConnection c, SqliteTransaction tx, RegistrationRequest request, string code, DateTimeOffset now)
    {
        if (ByKey(c, tx, request.Key) is { } earlier)
            return new RegistrationResult(RegistrationRows.OutcomeOf(earlier.Status), earlier, Redelivered: true);

        using (var read = Command(c, tx, EventSql, ("$event", request.EventId)))
        using (var reader = read.ExecuteReader())
        {
            if (!reader.Read())
                return new RegistrationResult(RegistrationOutcome.NotFound, null);
            long? deadline = reader.IsDBNull(1) ? null : reader.GetInt64(1);
            if (reader.GetInt64(0) <= now.UtcTicks || deadline < now.UtcTicks || reader.GetInt32(2) <= 0)
                return new RegistrationResult(RegistrationOutcome.Closed, null);
        }

        using var insert = Command(c, tx, InsertSql,
            ("$code", code), ("$event", request.EventId), ("$channel", request.User.ChannelId), ("$user", request.User.UserId),
            ("$conversation", request.Key.ConversationId), ("$activity", request.Key.ActivityId), ("$persons", request.Persons),
            ("$name", request.Name), ("$email", request.Email), ("$phone", request.Phone), ("$needs", EventColumns.NeedsJson(request.Needs)),
            ("$consent", request.ConsentAt.UtcTicks), ("$language", request.Language), ("$reference", request.ConversationReference),
            ("$now", now.UtcTicks), ("$waitlist", request.AllowWaitlist ? 1 : 0));
        if (ReadAll(insert) is [var inserted])
            return new RegistrationResult(RegistrationRows.OutcomeOf(inserted.Status), inserted);
        return ByKey(c, tx, request.Key) is { } same
            ? new RegistrationResult(RegistrationRows.OutcomeOf(same.Status), same, Redelivered: true)
            : new RegistrationResult(RegistrationOutcome.Full, null);
    }

    public static CancellationResult Cancel(SqliteConnection c, SqliteTransaction tx, string code, ChannelUser owner, DateTimeOffset now)
    {
        using var find = Command(c, tx, FindActiveSql, ("$code", code), ("$channel", owner.ChannelId), ("$user", owner.UserId));
        if (find.ExecuteScalar() is not string eventId)
            return CancellationResult.NotFound;
        using var cancel = Command(c, tx, CancelSql, ("$code", code), ("$now", now.UtcTicks));
        if (ReadAll(cancel) is not [var cancelled])
            return CancellationResult.NotFound;

        return new CancellationResult(cancelled, PromoteAll(c, tx, eventId, now));
    }

    /// <summary>Promotes waitlist entries (FIFO, first that fits) while places remain.</summary>
    public static List<Registration> PromoteAll(SqliteConnection c, SqliteTransaction tx, string eventId, DateTimeOffset now)
    {
        var promoted = new List<Registration>();
        while (true)
        {
            using var promote = Command(c, tx, PromoteSql, ("$event", eventId), ("$now", now.UtcTicks));
            if (ReadAll(promote) is not [var next])
                return promoted;
            promoted.Add(next);
        }
    }

    public static List<Registration> ReadAll(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<Registration>();
        while (reader.Read())
            rows.Add(EventColumns.ReadRegistration(reader, static (r, i) => new DateTimeOffset(r.GetInt64(i), TimeSpan.Zero)));
        return rows;
    }

    public static SqliteCommand Command(SqliteConnection c, SqliteTransaction? tx, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = c.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static Registration? ByKey(SqliteConnection c, SqliteTransaction tx, RequestKey key)
    {
        using var command = Command(c, tx, ByKeySql, ("$channel", key.ChannelId), ("$conversation", key.ConversationId), ("$activity", key.ActivityId));
        return ReadAll(command) is [var found] ? found : null;
    }
}
