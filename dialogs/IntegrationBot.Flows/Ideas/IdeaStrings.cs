namespace IntegrationBot.Flows.Ideas;

/// <summary>Marker for the idea flow's texts (Resources/Ideas/IdeaStrings.*.resx).</summary>
public sealed class IdeaStrings;
