using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Host.Registrations;

/// <summary>
/// The registration store as the flows use it, raising <see cref="FollowUpSignal"/> after changes the follow-up job acts
/// on: a cancellation that promoted somebody (tell them now, not at the next periodic run) and a confirmed registration
/// (the event may have reached a capacity alert). Every cancellation path (flow, erase) goes through here.
/// </summary>
public sealed class SignallingRegistrationStore(IRegistrationStore inner, FollowUpSignal signal) : IRegistrationStore
{
    public async Task<RegistrationResult> RegisterAsync(RegistrationRequest request, CancellationToken cancellationToken)
    {
        var result = await inner.RegisterAsync(request, cancellationToken).ConfigureAwait(false);
        if (result is { Outcome: RegistrationOutcome.Confirmed, Redelivered: false })
            signal.Raise();
        return result;
    }

    public async Task<CancellationResult> CancelAsync(string bookingCode, ChannelUser owner, CancellationToken cancellationToken)
    {
        var result = await inner.CancelAsync(bookingCode, owner, cancellationToken).ConfigureAwait(false);
        if (result.Promoted.Count > 0)
            signal.Raise();
        return result;
    }

    public Task<IReadOnlyList<Registration>> ListAsync(ChannelUser user, CancellationToken cancellationToken) =>
        inner.ListAsync(user, cancellationToken);

    public Task<IReadOnlyList<Registration>> TakeNoticesAsync(ChannelUser user, CancellationToken cancellationToken) =>
        inner.TakeNoticesAsync(user, cancellationToken);

    public async Task<int> EraseAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        // Erasing cancels inside the store, where promotions are not seen from here: let the job look.
        var erased = await inner.EraseAsync(user, cancellationToken).ConfigureAwait(false);
        signal.Raise();
        return erased;
    }
}
