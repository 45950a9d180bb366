namespace IntegrationBot.Engine.Running;

/// <summary>
/// Serialises turns of one conversation inside this instance, so two quick messages never race for the same state.
/// Striped (a fixed set of semaphores chosen by hash) so memory stays bounded however many conversations there are;
/// unrelated conversations sharing a stripe merely wait for each other briefly.
/// </summary>
public sealed class ConversationGate
{
    private readonly SemaphoreSlim[] _stripes;

    public ConversationGate(int stripes = 1024)
    {
        _stripes = new SemaphoreSlim[stripes];
        for (var i = 0; i < stripes; i++)
            _stripes[i] = new SemaphoreSlim(1, 1);
    }

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                stripe.Release();
        }
    }
}
