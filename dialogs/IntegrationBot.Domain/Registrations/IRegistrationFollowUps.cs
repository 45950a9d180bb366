namespace IntegrationBot.Domain.Registrations;

/// <summary>
/// What the bot does for registrations outside a conversation: tell promoted people proactively, remind confirmed
/// people before their event, and alert coordinators when an event fills up. Each step is recorded, so a run that
/// repeats (another instance, a restart) does not message anybody twice.
/// </summary>
public interface IRegistrationFollowUps
{
    /// <summary>Promotes fitting waitlist entries of the event (after its capacity was raised), FIFO as a cancellation does.</summary>
    Task<IReadOnlyList<Registration>> PromoteWaitlistAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>
    /// Registrations whose notice still waits for a proactive attempt (and that have a conversation reference), oldest
    /// first; notices another run has claimed and whose lease has not run out at <paramref name="now"/> are left out.
    /// </summary>
    Task<IReadOnlyList<Registration>> PendingNoticesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Reserves the notice for one sender until <paramref name="now"/> + <see cref="NoticeAttempts.Lease"/>; false when
    /// another run (another instance) holds it, so a promotion is told once. A run that dies leaves the lease to expire.
    /// </summary>
    Task<bool> ClaimNoticeAsync(string bookingCode, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records how a proactive notice went: delivered clears the notice (not shown again at the next visit); kept stops
    /// proactive attempts and leaves it for the next visit; retry counts the attempt (after <see cref="NoticeAttempts.Max"/> it is kept).
    /// </summary>
    Task RecordNoticeAsync(string bookingCode, NoticeDelivery delivery, CancellationToken cancellationToken);

    /// <summary>Confirmed registrations not yet reminded whose event starts in (<paramref name="now"/>, <paramref name="now"/> + <paramref name="before"/>].</summary>
    Task<IReadOnlyList<Registration>> DueRemindersAsync(DateTimeOffset now, TimeSpan before, int limit, CancellationToken cancellationToken);

    /// <summary>Marks the reminder as sent before sending it; false when another run got there first (so it goes out once).</summary>
    Task<bool> ClaimReminderAsync(string bookingCode, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Undoes a claim after a send that failed for now, so a later run tries again.</summary>
    Task ReleaseReminderAsync(string bookingCode, CancellationToken cancellationToken);

    /// <summary>
    /// Records an alert for every upcoming event whose confirmed persons reached a threshold of <see cref="CapacityAlert.Thresholds"/>
    /// of its bookable places and that has no alert for that threshold yet; returns the new ones.
    /// </summary>
    Task<IReadOnlyList<CapacityAlert>> RaiseCapacityAlertsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Recorded alerts, newest first.</summary>
    Task<IReadOnlyList<CapacityAlert>> ListCapacityAlertsAsync(int limit, CancellationToken cancellationToken);
}

/// <summary>How a proactive attempt to tell a notice went.</summary>
public enum NoticeDelivery
{
    Delivered,

    /// <summary>The channel refused or the conversation is gone: shown at the next visit instead.</summary>
    KeptForNextVisit,

    /// <summary>A failure that may pass (throttled, unavailable).</summary>
    RetryLater,
}

public static class NoticeAttempts
{
    /// <summary>Proactive attempts per notice; after these it waits for the next visit.</summary>
    public const int Max = 3;

    /// <summary>How long a claimed notice is reserved for the run that claimed it (a send takes seconds at most).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
}

/// <summary>An event reached <see cref="Threshold"/> percent of its bookable places (recorded once per threshold and event).</summary>
public sealed record CapacityAlert(string EventId, int Threshold, int ConfirmedPersons, int Bookable, DateTimeOffset RaisedAt)
{
    public static IReadOnlyList<int> Thresholds { get; } = [80, 100];
}
