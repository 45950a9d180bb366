namespace IntegrationBot.Host.Privacy;

/// <summary>Marker type for the privacy page's texts (Resources/Privacy/PrivacyStrings.*.resx); German is the neutral language.</summary>
public sealed class PrivacyStrings;
