namespace IntegrationBot.Flows.Contacts;

/// <summary>Marker type for the contact finder's texts (Resources/Contacts/ContactStrings.*.resx); German is neutral.</summary>
public sealed class ContactStrings;
