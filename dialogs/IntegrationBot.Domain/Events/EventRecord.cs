using System.Text.Json.Serialization;

namespace IntegrationBot.Domain.Events;

/// <summary>Where an event takes place; unknown parts stay null (never guessed).</summary>
public sealed record Venue(string? Name = null, string? Address = null, string? Room = null);

/// <summary>
/// One date of the catalogue. Times are UTC instants (entered and shown in Europe/Berlin). Capacity counts persons;
/// <see cref="Reserved"/> places are held back (speakers, organisers) and never offered. A <see cref="Sample"/> event
/// is a clearly labelled demonstration date, switched off by <c>Events:IncludeSamples</c>.
/// </summary>
public sealed record EventRecord
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required EventKind Kind { get; init; }
    public IReadOnlyList<string> Fields { get; init; } = [];
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public Venue Venue { get; init; } = new();
    public int Capacity { get; init; }
    public int Reserved { get; init; }
    public DateTimeOffset? RegistrationDeadline { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = ["de"];
    public bool InterpretationOnRequest { get; init; }
    public string? Accessibility { get; init; }
    public string? Description { get; init; }
    public string? Contact { get; init; }
    public string? Url { get; init; }
    public bool Sample { get; init; }

    /// <summary>Places that can be confirmed at all.</summary>
    [JsonIgnore]
    public int Bookable => Math.Max(0, Capacity - Reserved);

    /// <summary>Open for registration at <paramref name="now"/>: not started, deadline not passed, places exist.</summary>
    public bool IsOpenAt(DateTimeOffset now) =>
        Start > now && (RegistrationDeadline is not { } deadline || deadline >= now) && Bookable > 0;
}

/// <summary>An event with its current bookings (persons, not entries).</summary>
public sealed record EventAvailability(EventRecord Event, int ConfirmedPersons, int WaitlistedPersons)
{
    public int FreePlaces => Math.Max(0, Event.Bookable - ConfirmedPersons);
}
