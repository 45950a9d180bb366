using System.Data.Common;
using System.Text.Json;
using IntegrationBot.Domain;
using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Storage.Events;

/// <summary>
/// The column lists both providers select, and how a row becomes a domain record. The SQL differs per provider only in
/// types and locking; the shape of the rows is the same.
/// </summary>
internal static class EventColumns
{
    public const string Availability = """
        e.data,
        (SELECT COALESCE(SUM(r.persons), 0) FROM registrations r WHERE r.event_id = e.id AND r.status = 'confirmed'),
        (SELECT COALESCE(SUM(r.persons), 0) FROM registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted')
        """;

    public const string Registration =
        "booking_code, event_id, channel_id, user_id, persons, name, email, phone, needs, consent_at, language, status, notice, conversation_reference, created_at, updated_at";

    public static string EventJson(EventRecord record) => JsonSerializer.Serialize(record, DomainJson.Options);

    public static string NeedsJson(RegistrationNeeds needs) => JsonSerializer.Serialize(needs, DomainJson.Options);

    public static EventAvailability ReadAvailability(DbDataReader reader) => new(
        JsonSerializer.Deserialize<EventRecord>(reader.GetString(0), DomainJson.Options)!,
        Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
        Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture));

    public static Registration ReadRegistration(DbDataReader reader, Func<DbDataReader, int, DateTimeOffset> time) => new()
    {
        BookingCode = reader.GetString(0),
        EventId = reader.GetString(1),
        User = new ChannelUser(reader.GetString(2), reader.GetString(3)),
        Persons = reader.GetInt32(4),
        Name = reader.GetString(5),
        Email = reader.IsDBNull(6) ? null : reader.GetString(6),
        Phone = reader.IsDBNull(7) ? null : reader.GetString(7),
        Needs = JsonSerializer.Deserialize<RegistrationNeeds>(reader.GetString(8), DomainJson.Options) ?? RegistrationNeeds.None,
        ConsentAt = time(reader, 9),
        Language = reader.GetString(10),
        Status = RegistrationRows.ParseStatus(reader.GetString(11)),
        Notice = reader.IsDBNull(12) ? RegistrationNotice.None : RegistrationNotice.PromotedFromWaitlist,
        ConversationReference = reader.IsDBNull(13) ? null : reader.GetString(13),
        CreatedAt = time(reader, 14),
        UpdatedAt = time(reader, 15),
    };

    public const string PromotedNotice = "promoted";
}
