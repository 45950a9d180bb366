using System.Collections.Concurrent;

namespace IntegrationBot.Host.Proactive;

/// <summary>
/// At most one proactive send per conversation per <see cref="Interval"/>: Teams throttles a bot at about 7 messages a
/// second per thread (protocol notes §3.5), and a reminder run over many references must not burst into one chat.
/// Sends to the same conversation also wait for each other, so they arrive in order.
/// </summary>
public sealed class ConversationPacer(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the conversation's turn; dispose the result once the send is done.</summary>
    public async Task<IDisposable> EnterAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(conversationKey, static _ => new Gate());
        await gate.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (gate.LastSent is { } last && last + Interval - time.GetUtcNow() is { Ticks: > 0 } wait)
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            gate.Lock.Release();
            throw;
        }
        return new Entered(gate, time);
    }

    private sealed class Gate
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public DateTimeOffset? LastSent { get; set; }
    }

    private sealed class Entered(Gate gate, TimeProvider time) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
                return;
            gate.LastSent = time.GetUtcNow();
            gate.Lock.Release();
        }
    }
}
