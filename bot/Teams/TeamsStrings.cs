// The host's assembly is named IntegrationBot but its resources are embedded under its root namespace; the localizer
// needs to be told, or it looks for IntegrationBot.Resources.Host.Teams.TeamsStrings and finds nothing.
[assembly: Microsoft.Extensions.Localization.RootNamespace("IntegrationBot.Host")]

namespace IntegrationBot.Host.Teams;

/// <summary>Marker type for the Teams texts (Resources/Teams/TeamsStrings.*.resx); German is the neutral language.</summary>
public sealed class TeamsStrings;
