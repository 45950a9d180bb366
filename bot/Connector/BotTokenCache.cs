using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Connector;

/// <summary>
/// Keeps the bot's Connector token until shortly before it expires. One refresh at a time: concurrent sends during a
/// refresh wait for it instead of all asking the token endpoint.
/// </summary>
public sealed class BotTokenCache(IOptions<ConnectorOptions> options, TimeProvider time, ILogger<BotTokenCache> logger) : IDisposable
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private CachedToken? _current;

    public async ValueTask<string> GetAsync(Func<CancellationToken, Task<AccessToken>> fetch, CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref _current)) is { } cached)
            return cached;

        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Volatile.Read(ref _current);
            if (Fresh(current) is { } refreshedMeanwhile)
                return refreshedMeanwhile;
            try
            {
                var token = await fetch(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _current, new CachedToken(token, RefreshAt(token)));
                return token.Value;
            }
            catch (ConnectorException exception) when (current is not null && time.GetUtcNow() < current.Token.ExpiresOn)
            {
                // Inside the refresh margin the old token still works; a token-endpoint hiccup need not fail the reply.
                Log.TokenRefreshFailed(logger, exception.Kind, exception.StatusCode is { } status ? (int)status : null);
                return current.Token.Value;
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>Drops <paramref name="token"/> after the Connector refused it, so the next send fetches a new one.</summary>
    public void Invalidate(string token)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Token.Value == token)
            Interlocked.CompareExchange(ref _current, null, current);
    }

    public void Dispose() => _refreshGate.Dispose();

    private string? Fresh(CachedToken? cached) => cached is not null && time.GetUtcNow() < cached.RefreshAt ? cached.Token.Value : null;

    // Refresh a margin before expiry, but never later than half-way through a short-lived token's life.
    private DateTimeOffset RefreshAt(AccessToken token)
    {
        var lifetime = token.ExpiresOn - time.GetUtcNow();
        var margin = options.Value.TokenRefreshMargin;
        return token.ExpiresOn - (margin < lifetime / 2 ? margin : lifetime / 2);
    }

    private sealed record CachedToken(AccessToken Token, DateTimeOffset RefreshAt);
}
