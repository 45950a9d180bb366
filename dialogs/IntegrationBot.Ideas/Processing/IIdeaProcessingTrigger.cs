using System.Threading.Channels;

namespace IntegrationBot.Ideas.Processing;

/// <summary>
/// Asks the background job to run now rather than at its next interval (the idea flow calls it right after storing an
/// idea). Never blocks and never fails: with nobody listening a signal is simply kept until someone is.
/// </summary>
public interface IIdeaProcessingTrigger
{
    void Signal();
}

/// <summary>
/// The default trigger: a channel holding at most one pending signal, so a burst of new ideas wakes the job once.
/// </summary>
public sealed class IdeaProcessingSignal : IIdeaProcessingTrigger
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Signal() => _signals.Writer.TryWrite(true);

    /// <summary>Completes when a signal arrives (or one is pending); consumes it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken) =>
        await _signals.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
}
