namespace IntegrationBot.Domain.Registrations;

/// <summary>
/// Registrations with capacity by construction: confirmed persons never exceed capacity minus reserved places, decided in
/// one statement under a lock on the event; a cancellation promotes fitting waitlist entries in the same transaction.
/// </summary>
public interface IRegistrationStore
{
    Task<RegistrationResult> RegisterAsync(RegistrationRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels the owner's registration with <paramref name="bookingCode"/> (case-insensitive).</summary>
    Task<CancellationResult> CancelAsync(string bookingCode, ChannelUser owner, CancellationToken cancellationToken);

    /// <summary>The user's registrations, newest first (cancelled ones included).</summary>
    Task<IReadOnlyList<Registration>> ListAsync(ChannelUser user, CancellationToken cancellationToken);

    /// <summary>Registrations with a pending notice for the user; the notices are cleared.</summary>
    Task<IReadOnlyList<Registration>> TakeNoticesAsync(ChannelUser user, CancellationToken cancellationToken);

    /// <summary>Cancels (freeing places) and then deletes every registration of the user; returns how many were deleted.</summary>
    Task<int> EraseAsync(ChannelUser user, CancellationToken cancellationToken);
}
