using System.Globalization;
using System.Net.Http.Headers;

namespace IntegrationBot.Http;

/// <summary>
/// The wait a throttled or overloaded service asks for: <c>retry-after-ms</c> / <c>x-ms-retry-after-ms</c> (Azure's
/// millisecond variants) or <c>Retry-After</c> as seconds or an HTTP date (RFC 9110 §10.2.3), capped so a service
/// cannot park a turn. Shared by every outbound client (Bot Connector, Azure AI Language, Translator).
/// </summary>
public static class RetryAfter
{
    private static readonly string[] MillisecondHeaders = ["retry-after-ms", "x-ms-retry-after-ms"];

    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now, TimeSpan cap)
    {
        if (response is null)
            return null;
        var wait = FromMilliseconds(response.Headers) ?? FromRetryAfter(response.Headers.RetryAfter, now);
        if (wait is null)
            return null;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }

    private static TimeSpan? FromMilliseconds(HttpResponseHeaders headers)
    {
        foreach (var name in MillisecondHeaders)
        {
            if (headers.TryGetValues(name, out var values)
                && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
                return TimeSpan.FromMilliseconds(ms);
        }
        return null;
    }

    private static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) =>
        header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => null,
        };
}
