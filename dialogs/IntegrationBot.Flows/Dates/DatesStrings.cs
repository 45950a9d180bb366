namespace IntegrationBot.Flows.Dates;

/// <summary>Marker for the upcoming-dates texts (Resources/Dates/DatesStrings.*.resx).</summary>
public sealed class DatesStrings;
