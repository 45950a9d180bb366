using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Storage.Resilience;

/// <summary>
/// Retry of transient database failures (section <c>Storage:Retry</c>). With the defaults a store operation
/// keeps trying for about 7 seconds (0.1 + 0.2 + 0.4 + 0.8 + 1.6 + 2 + 2 s, jittered) before it fails the turn.
/// </summary>
public sealed class StorageRetryOptions
{
    public const string SectionName = "Storage:Retry";

    /// <summary>Retries after the first attempt; 0 turns retrying off. The default is 7.</summary>
    [Range(0, 50)]
    public int MaxRetryAttempts { get; set; } = 7;

    /// <summary>The first delay, doubled on each retry (with jitter). The default is 100 milliseconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:10")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest single delay. The default is 2 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(2);
}
