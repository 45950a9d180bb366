using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.TextAnalytics.Resilience;

/// <summary>
/// How one HTTP text service is called (sections <c>TextAnalytics:Resilience</c> and <c>Translator:Resilience</c>).
/// The defaults suit calls made while a user waits: a request gives up after 10 seconds in all, well inside the
/// 15 seconds after which Teams redelivers a message. A background job may configure longer waits.
/// </summary>
public sealed class TextServiceResilienceOptions
{
    /// <summary>Retries after the first attempt (429, 408, 5xx, connection failures, attempt timeouts). The default is 3.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay, doubled on each retry, when the service sent no Retry-After. The default is 500 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether back-off delays are jittered (Retry-After is always taken as given). The default is true.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>The longest wait a Retry-After header may impose; longer values are cut to this. The default is 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one HTTP attempt may take. The default is 4 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How long one request may take over all its attempts and waits. The default is 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The share of failed attempts within <see cref="SamplingDuration"/> that opens the circuit. The default is 0.5.</summary>
    [Range(0.01, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed within <see cref="SamplingDuration"/> before the circuit may open. The default is 8 (two failed requests with their retries).</summary>
    [Range(2, 1000)]
    public int MinimumThroughput { get; set; } = 8;

    /// <summary>The window over which failures are counted. The default is 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before one trial call is let through. The default is 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
