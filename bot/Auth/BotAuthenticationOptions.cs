using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Host.Auth;

/// <summary>Where the signing keys of inbound tokens come from and how strictly they are checked (section <c>Bot:Authentication</c>).</summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "Bot:Authentication";

    /// <summary>OpenID metadata of Azure Bot Service channel tokens (issuer <c>https://api.botframework.com</c>).</summary>
    /// <value>The default is <c>https://login.botframework.com/v1/.well-known/openidconfiguration</c>.</value>
    [Required, Url]
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Entra-issued tokens (the Emulator signs in with the bot's own app id).</summary>
    /// <value>The default is <c>https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration</c>.</value>
    [Required, Url]
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>Refuses metadata and key documents over plain HTTP. Only tests against a loopback issuer turn this off.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerance for <c>nbf</c>/<c>exp</c> between the issuer's clock and ours.</summary>
    /// <value>The default is 5 minutes, as the Bot Framework SDK uses.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched metadata and keys are used before they are fetched again (Bot Framework asks for at least daily).</summary>
    /// <value>The default is 12 hours; the minimum is 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A token signed with an unknown key id triggers a fresh fetch at most this often (keys roll over without notice).</summary>
    /// <value>The default is 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan UnknownKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Timeout of one metadata or key document request.</summary>
    /// <value>The default is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan MetadataRequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
