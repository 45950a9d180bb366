namespace IntegrationBot.Host.ContactDirectory;

/// <summary>Access to the coordinator API (configuration section <c>Coordinator</c>).</summary>
public sealed class CoordinatorOptions
{
    public const string SectionName = "Coordinator";

    /// <summary>
    /// The key a coordinator client sends as <c>X-Api-Key</c>. Set it through an environment variable
    /// (<c>Coordinator__ApiKey</c>) or user secrets, never in a committed file. The default is empty, which keeps the
    /// coordinator API closed: every request is answered 401.
    /// </summary>
    public string? ApiKey { get; set; }
}
