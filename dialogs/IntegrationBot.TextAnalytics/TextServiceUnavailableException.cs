namespace IntegrationBot.TextAnalytics;

/// <summary>
/// A text service (analysis or translation) could not be used right now: unreachable, throttled beyond its retries,
/// timed out, or its circuit is open. Work that needed it is kept and retried later; nothing is lost.
/// </summary>
public sealed class TextServiceUnavailableException : Exception
{
    public TextServiceUnavailableException()
    {
    }

    public TextServiceUnavailableException(string message)
        : base(message)
    {
    }

    public TextServiceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
