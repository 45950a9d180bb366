namespace IntegrationBot.Host.Privacy;

/// <summary>
/// The privacy page at <c>/privacy</c>. It describes what this bot stores; the legally responsible body is the city's
/// to name (<see cref="Controller"/>), so it stays empty until a coordinator fills it in.
/// </summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>Name and address of the body responsible for the data, as the city publishes it; empty = not shown.</summary>
    public string? Controller { get; set; }
}
