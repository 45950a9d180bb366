using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Host.Messages;

/// <summary>The <c>/api/messages</c> endpoint (section <c>Bot</c>).</summary>
public sealed class BotEndpointOptions
{
    public const string SectionName = "Bot";

    /// <summary>Largest accepted request body; bigger ones get 413. Activities are small (Teams caps messages near 100 KB).</summary>
    /// <value>The default is 262,144 bytes (256 KB).</value>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
