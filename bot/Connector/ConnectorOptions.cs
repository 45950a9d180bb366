using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Host.Connector;

/// <summary>The outbound Bot Connector client: token endpoint, retries, timeouts, circuit breaker (section <c>Bot:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot:Connector";

    /// <summary>Base of the Entra token endpoint; the tenant and <c>/oauth2/v2.0/token</c> are appended.</summary>
    /// <value>The default is <c>https://login.microsoftonline.com</c>.</value>
    [Required, Url]
    public string TokenAuthority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The tenant segment of the token endpoint for <c>MultiTenant</c> bots (single-tenant bots use their own).</summary>
    /// <value>The default is <c>botframework.com</c>.</value>
    [Required]
    public string MultiTenantTokenTenant { get; set; } = "botframework.com";

    /// <summary>The client-credentials scope of Connector tokens.</summary>
    /// <value>The default is <c>https://api.botframework.com/.default</c>.</value>
    [Required]
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>The managed-identity token endpoint used when <c>MicrosoftAppType</c> is <c>UserAssignedMSI</c> (Azure IMDS).</summary>
    /// <value>The default is <c>http://169.254.169.254/metadata/identity/oauth2/token</c>.</value>
    [Required, Url]
    public string ManagedIdentityEndpoint { get; set; } = "http://169.254.169.254/metadata/identity/oauth2/token";

    /// <summary>
    /// App Service's managed-identity endpoint, which App Service sets as <c>IDENTITY_ENDPOINT</c> (it offers no IMDS).
    /// With <see cref="AppServiceIdentityHeader"/> it replaces <see cref="ManagedIdentityEndpoint"/>.
    /// </summary>
    /// <value>The default is the <c>IDENTITY_ENDPOINT</c> environment variable, if set.</value>
    [Url]
    public string? AppServiceIdentityEndpoint { get; set; }

    /// <summary>The secret App Service expects in <c>X-IDENTITY-HEADER</c> (<c>IDENTITY_HEADER</c>); rotated by the platform.</summary>
    /// <value>The default is the <c>IDENTITY_HEADER</c> environment variable, if set.</value>
    public string? AppServiceIdentityHeader { get; set; }

    /// <summary>A cached token is replaced this long before it expires.</summary>
    /// <value>The default is 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries after the first attempt for throttling (429), 408, 412 and 5xx answers, timeouts and network errors.</summary>
    /// <value>The default is 3; 0 turns retries off.</value>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially with jitter unless the service sends <c>Retry-After</c>.</summary>
    /// <value>The default is 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of any retry delay, <c>Retry-After</c> included (a turn should not wait much longer).</summary>
    /// <value>The default is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one HTTP attempt.</summary>
    /// <value>The default is 15 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Share of failed attempts per service host within <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    /// <value>The default is 0.5.</value>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the sampling window before the breaker may open.</summary>
    /// <value>The default is 20.</value>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    /// <value>The default is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit rejects calls to the host before it lets one through.</summary>
    /// <value>The default is 15 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// HTTPS hosts (a leading <c>*.</c> matches subdomains) that get the bot's token even when no authenticated activity
    /// came from them in this process, e.g. for proactive messages after a restart. Added to the built-in Azure Bot
    /// Service and Teams hosts (see <see cref="TrustedServiceUrls.BuiltInHosts"/>).
    /// </summary>
    /// <value>Empty by default.</value>
    public IList<string> AdditionalTrustedHosts { get; } = [];
}
