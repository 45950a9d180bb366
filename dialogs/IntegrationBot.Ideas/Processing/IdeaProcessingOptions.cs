using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Ideas.Processing;

/// <summary>The background completion of ideas (section <c>Ideas</c>).</summary>
public sealed class IdeaProcessingOptions
{
    public const string SectionName = "Ideas";

    /// <summary>How often the job looks for pending ideas (it also runs right after an idea is stored). The default is 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ProcessingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Ideas sent to the services in one request. The default is 20.</summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Batches per run at most, so one run ends even under a flood. The default is 10.</summary>
    [Range(1, 1000)]
    public int MaxBatchesPerRun { get; set; } = 10;

    /// <summary>The wait after the first failed attempt, doubled on each further one. The default is 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts. The default is 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a claimed idea is reserved for the run that claimed it; if that instance dies, another takes the idea
    /// up after this. The default is 5 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
}
