namespace IntegrationBot.TextAnalytics.Resilience;

/// <summary>
/// The HTTP client each adapter owns for its lifetime (adapters are singletons). Microsoft.Extensions.Http would need
/// the 10.0.14 Microsoft.Extensions family here (10.0.11 is not on the package feed), so instead the handler recycles
/// its connections itself, which is what IHttpClientFactory's handler rotation is for: DNS changes are picked up.
/// Timeouts are the resilience pipeline's job, so HttpClient's own is off.
/// </summary>
public static class TextServiceHttp
{
    public static HttpClient CreateClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), ConnectTimeout = TimeSpan.FromSeconds(10) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
