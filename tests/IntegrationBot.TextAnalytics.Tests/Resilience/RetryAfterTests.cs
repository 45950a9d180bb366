using System.Net;
using System.Net.Http.Headers;
using IntegrationBot.Http;

namespace IntegrationBot.TextAnalytics.Tests.Resilience;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    [Fact]
    public void Seconds_are_taken_as_given()
    {
        using var response = Throttled(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(12)));

        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfter.From(response, Now, Cap));
    }

    [Fact]
    public void A_date_is_the_time_left_until_it_and_a_past_date_means_now()
    {
        using var future = Throttled(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(20)));
        using var past = Throttled(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-20)));

        Assert.Equal(TimeSpan.FromSeconds(20), RetryAfter.From(future, Now, Cap));
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(past, Now, Cap));
    }

    [Fact]
    public void Azure_millisecond_headers_win_over_Retry_After()
    {
        using var response = Throttled(r =>
        {
            r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(12));
            r.Headers.Add("retry-after-ms", "1500");
        });

        Assert.Equal(TimeSpan.FromMilliseconds(1500), RetryAfter.From(response, Now, Cap));
    }

    [Fact]
    public void Long_waits_are_cut_to_the_cap_and_no_header_means_no_opinion()
    {
        using var greedy = Throttled(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1)));
        using var silent = Throttled(_ => { });

        Assert.Equal(Cap, RetryAfter.From(greedy, Now, Cap));
        Assert.Null(RetryAfter.From(silent, Now, Cap));
    }

    private static HttpResponseMessage Throttled(Action<HttpResponseMessage> configure)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        configure(response);
        return response;
    }
}
