namespace IntegrationBot.Flows.Registration;

/// <summary>Marker for the registration texts (Resources/Registration/RegistrationStrings.*.resx).</summary>
public sealed class RegistrationStrings;
