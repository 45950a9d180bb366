namespace IntegrationBot.TextAnalytics.Tests;

public sealed class TextServiceUnavailableExceptionTests
{
    [Fact]
    public void The_cause_is_kept()
    {
        var cause = new HttpRequestException("connection refused");

        var exception = new TextServiceUnavailableException("translator unavailable", cause);

        Assert.Same(cause, exception.InnerException);
    }
}
