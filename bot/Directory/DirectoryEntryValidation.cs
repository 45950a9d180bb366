using System.Net.Mail;
using IntegrationBot.Contacts.Directory;

namespace IntegrationBot.Host.ContactDirectory;

/// <summary>What a coordinator's entry must satisfy before it is stored; field name → messages, for problem details.</summary>
internal static class DirectoryEntryValidation
{
    public static Dictionary<string, string[]> Validate(string id, DirectoryEntry? entry)
    {
        var errors = new Dictionary<string, string[]>();
        if (entry is null)
        {
            errors["body"] = ["Send a directory entry as JSON."];
            return errors;
        }
        if (entry.Id != id)
            errors["id"] = [$"The entry's id '{entry.Id}' differs from the address ('{id}')."];
        if (id.Length is 0 or > 80 || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            errors["id"] = ["An id is 1 to 80 lower-case letters, digits and hyphens."];
        if (string.IsNullOrWhiteSpace(entry.Name))
            errors["name"] = ["A name is required."];
        if (entry.Topics.Count == 0)
            errors["topics"] = ["Name at least one topic."];
        if (entry.Email is { } email && !MailAddress.TryCreate(email, out _))
            errors["email"] = ["This is not an e-mail address."];
        if (entry.WebLink is { } link && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            errors["webLink"] = ["A web link is an absolute http(s) address."];
        if (entry.Languages.Any(l => l.Length != 2 || !l.All(char.IsAsciiLetterLower)))
            errors["languages"] = ["Languages are two-letter codes such as de, ar, uk."];
        return errors;
    }
}
