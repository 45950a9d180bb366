namespace IntegrationBot.Host.Connector;

/// <summary>Reads <c>Retry-After</c> (seconds or an HTTP date, RFC 9110 §10.2.3) into a delay.</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
