using System.Text.Json;

namespace IntegrationBot.Contacts.Directory;

/// <summary>
/// The shipped directory: the embedded, versioned <c>Seed/directory.v1.json</c>, derived from the seed documents.
/// Start-up copies it into the database once per version; coordinators' edits are never overwritten by it.
/// </summary>
public sealed record DirectorySeed(int Version, IReadOnlyList<DirectoryEntry> Entries)
{
    public static DirectorySeed LoadEmbedded()
    {
        using var stream = typeof(DirectorySeed).Assembly.GetManifestResourceStream("IntegrationBot.Contacts.directory.v1.json")
            ?? throw new InvalidOperationException("The embedded directory seed is missing.");
        return Parse(stream);
    }

    public static DirectorySeed Parse(Stream json)
    {
        var seed = JsonSerializer.Deserialize<DirectorySeed>(json, ContactsJson.Options)
            ?? throw new InvalidDataException("The directory seed is empty.");
        var duplicate = seed.Entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"The directory seed lists '{duplicate.Key}' twice.");
        return seed;
    }
}
