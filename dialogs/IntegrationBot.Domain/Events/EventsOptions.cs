using System.ComponentModel.DataAnnotations;

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

    /// <summary>
    /// How long before an event confirmed participants get a proactive reminder (once). The default is 24 hours;
    /// <c>00:00:00</c> switches reminders off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "14.00:00:00")]
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How often the follow-up job (waitlist notices, reminders, capacity alerts) runs besides the runs a
    /// cancellation or registration triggers at once. The default is 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan FollowUpInterval { get; set; } = TimeSpan.FromMinutes(5);
}
