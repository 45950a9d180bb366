using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Engine;

/// <summary>Settings of the conversation engine (configuration section <c>Engine</c>).</summary>
public sealed class EngineOptions
{
    public const string Section = "Engine";

    /// <summary>Invalid answers at one prompt before the bot offers help instead of asking again. <value>The default value is 3.</value></summary>
    [Range(1, 10)]
    public int PromptMaxAttempts { get; set; } = 3;

    /// <summary>Idle time after which conversation state is deleted by the cleanup job. <value>The default value is 30 days.</value></summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan StateExpiry { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a processed activity id is remembered to drop redeliveries. <value>The default value is 24 hours.</value></summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A turn that takes longer than this shows a typing indicator. <value>The default value is 500 ms.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest free text a prompt accepts (longer messages get a clear answer, nothing is lost). <value>The default value is 4000 characters.</value></summary>
    [Range(100, 100_000)]
    public int MaxTextLength { get; set; } = 4000;

    /// <summary>The dialog a conversation starts in (the main menu). <value>The default value is "main".</value></summary>
    [Required]
    public string RootDialogId { get; set; } = "main";

    /// <summary>Reruns of a turn whose state lost an ETag race with another instance (with a short random back-off). <value>The default value is 10.</value></summary>
    [Range(1, 50)]
    public int StateConflictRetries { get; set; } = 10;
}
