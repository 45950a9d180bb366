using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Host.DirectLine;

/// <summary>Embedded Direct Line 3.0 settings (configuration section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret (Bearer for tokens/generate and conversations). Set it through an environment variable
    /// or user secrets, never in a committed file. When empty, a random development secret is generated once and kept
    /// in <see cref="SecretFile"/>.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Where the generated development secret is kept; relative to the working directory. Default <c>data/directline-secret</c>.</summary>
    [Required]
    public string SecretFile { get; set; } = "data/directline-secret";

    /// <summary>
    /// How long a token is valid. The default is 30 minutes: directlinejs refreshes every 15 minutes, whatever
    /// <c>expires_in</c> says, so anything up to 15 minutes would expire under a working client.
    /// </summary>
    [Range(typeof(TimeSpan), "00:16:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a <c>streamUrl</c> may wait before its WebSocket connects. Default 60 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A conversation nobody read or wrote for this long is removed. Default 60 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>Activities kept per conversation for GET and stream replay; older ones are dropped. Default 500.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Conversations held in memory; starting one more evicts the longest idle. Default 5,000.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 5_000;

    /// <summary>Largest accepted activity body in bytes. Default 512 KiB (Azure's limit is 256K characters).</summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 512 * 1024;

    /// <summary>
    /// How long <c>POST .../activities</c> waits for the bot's turn before answering anyway (the turn goes on and
    /// its replies still arrive). Default 10 seconds, below the 20-second timeout of directlinejs.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:19")]
    public TimeSpan TurnWaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>An empty text frame goes out on an idle WebSocket this often. Default 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Idle conversations are looked for this often. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Origins allowed to call the REST API from a browser (CORS). Empty (the default) allows any origin: access is
    /// gated by the Bearer secret or token, never by cookies, as on Azure's Direct Line.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>
    /// The base address browsers reach this host on, e.g. <c>https://bot.example.org</c>, when a proxy in front of it
    /// changes scheme or host. Empty: taken from each request. Used for the absolute <c>streamUrl</c> and serviceUrl.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The bot's account in Direct Line activities.</summary>
    [Required]
    public string BotId { get; set; } = "integrationbot";

    [Required]
    public string BotName { get; set; } = "IntegrationBot";
}
