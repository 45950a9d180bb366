namespace IntegrationBot.Domain.Registrations;

/// <summary>A user on a channel (the channel's user id), the owner of registrations.</summary>
public sealed record ChannelUser(string ChannelId, string UserId);

/// <summary>The activity that asked for a registration; a redelivery of it must not register twice.</summary>
public sealed record RequestKey(string ChannelId, string ConversationId, string ActivityId);

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}

/// <summary>Something to tell the person at their next visit (proactive sending comes with the Teams work).</summary>
public enum RegistrationNotice
{
    None,
    PromotedFromWaitlist,
}

/// <summary>What the person needs to take part; all optional.</summary>
public sealed record RegistrationNeeds(string? InterpreterLanguage = null, bool Accessibility = false, bool Childcare = false, string? Note = null)
{
    public static RegistrationNeeds None { get; } = new();
}

/// <summary>
/// One registration: a person or a family/group (<see cref="Persons"/> 1-10) for one event. The conversation reference
/// (JSON) is kept for proactive messages later.
/// </summary>
public sealed record Registration
{
    public required string BookingCode { get; init; }
    public required string EventId { get; init; }
    public required ChannelUser User { get; init; }
    public required int Persons { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public RegistrationNeeds Needs { get; init; } = RegistrationNeeds.None;
    public required DateTimeOffset ConsentAt { get; init; }
    public required string Language { get; init; }
    public required RegistrationStatus Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public string? ConversationReference { get; init; }
    public RegistrationNotice Notice { get; init; }
}

/// <summary>
/// A request to register. With <see cref="AllowWaitlist"/> false a full event answers <see cref="RegistrationOutcome.Full"/>
/// and stores nothing, so the flow can offer the waitlist first.
/// </summary>
public sealed record RegistrationRequest
{
    public required string EventId { get; init; }
    public required ChannelUser User { get; init; }
    public required RequestKey Key { get; init; }
    public required int Persons { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public RegistrationNeeds Needs { get; init; } = RegistrationNeeds.None;
    public required DateTimeOffset ConsentAt { get; init; }
    public required string Language { get; init; }
    public string? ConversationReference { get; init; }
    public bool AllowWaitlist { get; init; }

    public const int MaxPersons = 10;
}

public enum RegistrationOutcome
{
    Confirmed,
    Waitlisted,
    Full,
    Closed,
    NotFound,
}

/// <summary>The result of a registration; <see cref="Redelivered"/> when the same request had already been stored.</summary>
public sealed record RegistrationResult(RegistrationOutcome Outcome, Registration? Registration, bool Redelivered = false);

/// <summary>A cancellation and the waitlist entries it promoted (in the same transaction).</summary>
public sealed record CancellationResult(Registration? Cancelled, IReadOnlyList<Registration> Promoted)
{
    public static CancellationResult NotFound { get; } = new(null, []);
}
