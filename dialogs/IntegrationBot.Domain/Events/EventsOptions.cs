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

    /// <summary>
    /// The bot's public address, for links users get in chat (calendar files). The default is the local development
    /// address <c>http://localhost:3978</c>; set it to the deployed URL.
    /// </summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978");

    /// <summary>
    /// The privacy notice linked from the consent questions. Unset, it is the bot's own page <c>/privacy</c> under
    /// <see cref="PublicBaseUrl"/>, which says what the bot stores; set it when the city publishes its own notice.
    /// </summary>
    public Uri? PrivacyUrl { get; set; }

    public Uri PrivacyNotice => PrivacyUrl ?? new Uri(PublicBaseUrl, "/privacy");
}
