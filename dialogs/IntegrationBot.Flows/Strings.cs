namespace IntegrationBot.Flows;

/// <summary>Marker type for the flows' resources (Resources/Strings.*.resx); German is the neutral language.</summary>
public sealed class Strings;
