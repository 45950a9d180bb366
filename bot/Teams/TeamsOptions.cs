namespace IntegrationBot.Host.Teams;

/// <summary>Microsoft Teams settings (section <c>Teams</c>).</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>Entra tenant ids whose Teams users may talk to the bot; others get a polite refusal.</summary>
    /// <value>The default is empty: every tenant is allowed.</value>
    public IList<string> AllowedTenants { get; } = [];
}
