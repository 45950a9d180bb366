using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Host.Coordinator;

/// <summary>Coordinator access (section <c>Coordinator</c>).</summary>
public sealed class CoordinatorOptions
{
    public const string SectionName = "Coordinator";

    /// <summary>
    /// The key the coordinator API expects in the <c>X-Api-Key</c> header (keep it in user secrets, an environment
    /// variable or Key Vault). No default: without a key every coordinator request is refused.
    /// </summary>
    [MinLength(16)]
    public string? ApiKey { get; set; }
}
