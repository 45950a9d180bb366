using IntegrationBot.Domain.Registrations;
using IntegrationBot.Storage.Events;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationBot.Storage.Postgres;

/// <summary>The statements of a registration and a cancellation, each run inside the caller's transaction.</summary>
internal static class PostgresRegistrationCommands
{
    private const string ByKeySql = $"SELECT {EventColumns.Registration} FROM registrations WHERE channel_id = @channel AND conversation_id = @conversation AND activity_id = @activity";

    private const string LockEventSql = "SELECT starts_at, registration_deadline, capacity - reserved FROM events WHERE id = @event FOR UPDATE";

    // The capacity decision: one statement, run while the event row is locked. Only confirmed persons count.
    private const string InsertSql = $"""
        INSERT INTO registrations (booking_code, event_id, channel_id, user_id, conversation_id, activity_id, persons, name, email, phone,
            needs, consent_at, language, status, conversation_reference, created_at, updated_at)
        SELECT @code, @event, @channel, @user, @conversation, @activity, @persons, @name, @email, @phone, @needs, @consent, @language,
            CASE WHEN taken.persons + @persons <= places.bookable THEN 'confirmed' ELSE 'waitlisted' END, @reference, @now, @now
        FROM (SELECT COALESCE(SUM(persons), 0) AS persons FROM registrations WHERE event_id = @event AND status = 'confirmed') taken,
             (SELECT capacity - reserved AS bookable FROM events WHERE id = @event) places
        WHERE @waitlist OR taken.persons + @persons <= places.bookable
        ON CONFLICT (channel_id, conversation_id, activity_id) DO NOTHING
        RETURNING {EventColumns.Registration}
        """;

    private const string FindActiveSql = "SELECT event_id FROM registrations WHERE booking_code = @code AND channel_id = @channel AND user_id = @user AND status <> 'cancelled'";

    private const string CancelSql = $"UPDATE registrations SET status = 'cancelled', notice = NULL, updated_at = @now WHERE booking_code = @code AND status <> 'cancelled' RETURNING {EventColumns.Registration}";

    // First waitlist entry (FIFO by id) whose persons fit the places now free; repeated until none fits.
    private const string PromoteSql = $"""
        UPDATE registrations SET status = 'confirmed', notice = '{EventColumns.PromotedNotice}', notice_attempts = 0, updated_at = @now
        WHERE id = (
            SELECT w.id FROM registrations w
            WHERE w.event_id = @event AND w.status = 'waitlisted'
              AND w.persons <= (SELECT capacity - reserved FROM events WHERE id = @event)
                             - (SELECT COALESCE(SUM(persons), 0) FROM registrations WHERE event_id = @event AND status = 'confirmed')
            ORDER BY w.id LIMIT 1)
        RETURNING {EventColumns.Registration}
        """;

    public static async Task<RegistrationResult> RegisterAsync(NpgsqlTransaction tx, RegistrationRequest request, string code, DateTimeOffset now, CancellationToken ct)
    {
        if (await ByKeyAsync(tx, request.Key, ct).ConfigureAwait(false) is { } earlier)
            return new RegistrationResult(RegistrationRows.OutcomeOf(earlier.Status), earlier, Redelivered: true);

        await using (var lockEvent = Command(tx, LockEventSql))
        {
            lockEvent.Parameters.AddWithValue("event", request.EventId);
            await using var reader = await lockEvent.ExecuteReaderAsync(ct).ConfigureAwait(false);
            if (!await reader.ReadAsync(ct).ConfigureAwait(false))
                return new RegistrationResult(RegistrationOutcome.NotFound, null);
            var start = reader.GetFieldValue<DateTimeOffset>(0);
            DateTimeOffset? deadline = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1);
            if (start <= now || deadline < now || reader.GetInt32(2) <= 0)
                return new RegistrationResult(RegistrationOutcome.Closed, null);
        }

        await using var insert = Command(tx, InsertSql);
        var p = insert.Parameters;
        p.AddWithValue("code", code);
        p.AddWithValue("event", request.EventId);
        AddUser(p, request.User);
        p.AddWithValue("conversation", request.Key.ConversationId);
        p.AddWithValue("activity", request.Key.ActivityId);
        p.AddWithValue("persons", request.Persons);
        p.AddWithValue("name", request.Name);
        p.AddWithValue("email", NpgsqlDbType.Text, (object?)request.Email ?? DBNull.Value);
        p.AddWithValue("phone", NpgsqlDbType.Text, (object?)request.Phone ?? DBNull.Value);
        p.AddWithValue("needs", NpgsqlDbType.Jsonb, EventColumns.NeedsJson(request.Needs));
        p.AddWithValue("consent", request.ConsentAt.ToUniversalTime());
        p.AddWithValue("language", request.Language);
        p.AddWithValue("reference", NpgsqlDbType.Text, (object?)request.ConversationReference ?? DBNull.Value);
        p.AddWithValue("now", now.ToUniversalTime());
        p.AddWithValue("waitlist", request.AllowWaitlist);
        var inserted = await ReadAllAsync(insert, ct).ConfigureAwait(false);
        if (inserted.Count == 1)
            return new RegistrationResult(RegistrationRows.OutcomeOf(inserted[0].Status), inserted[0]);

        // Nothing inserted: either the same request won the race for the key, or the event is full.
        return await ByKeyAsync(tx, request.Key, ct).ConfigureAwait(false) is { } same
            ? new RegistrationResult(RegistrationRows.OutcomeOf(same.Status), same, Redelivered: true)
            : new RegistrationResult(RegistrationOutcome.Full, null);
    }

    public static async Task<CancellationResult> CancelAsync(NpgsqlTransaction tx, string code, ChannelUser owner, DateTimeOffset now, CancellationToken ct)
    {
        string eventId;
        await using (var find = Command(tx, FindActiveSql))
        {
            find.Parameters.AddWithValue("code", code);
            AddUser(find.Parameters, owner);
            if (await find.ExecuteScalarAsync(ct).ConfigureAwait(false) is not string found)
                return CancellationResult.NotFound;
            eventId = found;
        }
        await using (var lockEvent = Command(tx, LockEventSql))
        {
            lockEvent.Parameters.AddWithValue("event", eventId);
            await lockEvent.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await using var cancel = Command(tx, CancelSql);
        cancel.Parameters.AddWithValue("code", code);
        cancel.Parameters.AddWithValue("now", now.ToUniversalTime());
        var cancelled = await ReadAllAsync(cancel, ct).ConfigureAwait(false);
        if (cancelled.Count == 0)
            return CancellationResult.NotFound;

        return new CancellationResult(cancelled[0], await PromoteAllAsync(tx, eventId, now, ct).ConfigureAwait(false));
    }

    /// <summary>Promotes waitlist entries (FIFO, first that fits) while places remain; the caller holds the event's lock.</summary>
    public static async Task<IReadOnlyList<Registration>> PromoteAllAsync(NpgsqlTransaction tx, string eventId, DateTimeOffset now, CancellationToken ct)
    {
        var promoted = new List<Registration>();
        while (true)
        {
            await using var promote = Command(tx, PromoteSql);
            promote.Parameters.AddWithValue("event", eventId);
            promote.Parameters.AddWithValue("now", now.ToUniversalTime());
            var next = await ReadAllAsync(promote, ct).ConfigureAwait(false);
            if (next.Count == 0)
                return promoted;
            promoted.Add(next[0]);
        }
    }

    /// <summary>Locks the event row (capacity decisions on it wait); false when the event does not exist.</summary>
    public static async Task<bool> LockEventAsync(NpgsqlTransaction tx, string eventId, CancellationToken ct)
    {
        await using var lockEvent = Command(tx, LockEventSql);
        lockEvent.Parameters.AddWithValue("event", eventId);
        await using var reader = await lockEvent.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false);
    }

    public static void AddUser(NpgsqlParameterCollection parameters, ChannelUser user)
    {
        parameters.AddWithValue("channel", user.ChannelId);
        parameters.AddWithValue("user", user.UserId);
    }

    public static async Task<IReadOnlyList<Registration>> ReadAllAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<Registration>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
            rows.Add(EventColumns.ReadRegistration(reader, PostgresRegistrationStore.Time));
        return rows;
    }

    private static async Task<Registration?> ByKeyAsync(NpgsqlTransaction tx, RequestKey key, CancellationToken ct)
    {
        await using var command = Command(tx, ByKeySql);
        command.Parameters.AddWithValue("channel", key.ChannelId);
        command.Parameters.AddWithValue("conversation", key.ConversationId);
        command.Parameters.AddWithValue("activity", key.ActivityId);
        var rows = await ReadAllAsync(command, ct).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    private static NpgsqlCommand Command(NpgsqlTransaction tx, string sql) => new(sql, tx.Connection, tx);
}
