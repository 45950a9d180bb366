namespace IntegrationBot.Domain.Registrations;

/// <summary>Shared mapping between the domain records and how stores write them.</summary>
public static class RegistrationRows
{
    public static Registration From(RegistrationRequest request, string code, RegistrationStatus status, DateTimeOffset now) => new()
    {
        BookingCode = code,
        EventId = request.EventId,
        User = request.User,
        Persons = request.Persons,
        Name = request.Name,
        Email = request.Email,
        Phone = request.Phone,
        Needs = request.Needs,
        ConsentAt = request.ConsentAt,
        Language = request.Language,
        Status = status,
        CreatedAt = now,
        UpdatedAt = now,
        ConversationReference = request.ConversationReference,
    };

    public static string StatusText(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Confirmed => "confirmed",
        RegistrationStatus.Waitlisted => "waitlisted",
        _ => "cancelled",
    };

    public static RegistrationStatus ParseStatus(string text) => text switch
    {
        "confirmed" => RegistrationStatus.Confirmed,
        "waitlisted" => RegistrationStatus.Waitlisted,
        "cancelled" => RegistrationStatus.Cancelled,
        _ => throw new InvalidOperationException($"Unknown registration status '{text}'."),
    };

    public static RegistrationOutcome OutcomeOf(RegistrationStatus status) =>
        status == RegistrationStatus.Waitlisted ? RegistrationOutcome.Waitlisted : RegistrationOutcome.Confirmed;
}
