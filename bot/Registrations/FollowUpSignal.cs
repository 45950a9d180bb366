using System.Threading.Channels;

namespace IntegrationBot.Host.Registrations;

/// <summary>
/// Wakes the follow-up job at once (a cancellation promoted somebody, a registration may have filled an event). Raises
/// while a run is pending collapse into one run; the run reads the store, so nothing is lost by collapsing.
/// </summary>
public sealed class FollowUpSignal
{
    private readonly Channel<bool> _raised = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => _raised.Writer.TryWrite(true);

    /// <summary>Completes when raised (true) or after <paramref name="timeout"/> (false).</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var raised = _raised.Reader.WaitToReadAsync(stopWaiting.Token).AsTask();
        var first = await Task.WhenAny(raised, Task.Delay(timeout, time, stopWaiting.Token)).ConfigureAwait(false);
        await stopWaiting.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return first == raised && _raised.Reader.TryRead(out _);
    }
}
