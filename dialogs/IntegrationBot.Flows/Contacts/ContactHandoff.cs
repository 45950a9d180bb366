using IntegrationBot.Contacts.Directory;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Flows.Contacts;

/// <summary>
/// How to reach a human at the Kommunales Integrationszentrum, from the directory rather than the texts, so that a
/// coordinator's correction reaches the bot without a release. Only the seed documents' contacts are shipped: the
/// Leitbild registration contact of the Kommunales Integrationszentrum and the KIM coordination team's e-mail.
/// </summary>
public static class ContactHandoff
{
    public const string PersonEntryId = "leitbild-anmeldung";
    public const string TeamEntryId = "kim-koordinationsteam";

    public static async Task<Text> DescribeAsync(IContactDirectory directory, CancellationToken cancellationToken)
    {
        var person = await directory.FindAsync(PersonEntryId, cancellationToken).ConfigureAwait(false);
        var team = await directory.FindAsync(TeamEntryId, cancellationToken).ConfigureAwait(false);
        if (person is { ContactPerson: { } name, Email: { } email, Phone: { } phone } && team is { Email: { } teamEmail })
            return Text.Of("Contacts_Handoff", name, email, phone, teamEmail);
        return Text.Of("Contacts_HandoffGeneric");
    }
}
