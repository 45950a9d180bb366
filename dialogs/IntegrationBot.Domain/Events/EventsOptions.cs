namespace IntegrationBot.Domain.Events;

/// <summary>The event catalogue's settings (section <c>Events</c>).</summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";

    /// <summary>
    /// Seed and offer the labelled sample programme ("Beispieltermin", 2026-12 to 2027-06) for demonstrations.
    /// The default is true; switch it off in production once real dates are entered.
    /// </summary>
    public bool IncludeSamples { get; set; } = true;
}
