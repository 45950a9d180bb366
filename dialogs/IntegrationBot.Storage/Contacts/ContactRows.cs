using System.Text.Json;
using IntegrationBot.Contacts;
using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;

namespace IntegrationBot.Storage.Contacts;

/// <summary>How directory entries and counters map to columns; shared by both providers.</summary>
internal static class ContactRows
{
    public const string CountsSelect = "SELECT topic, language, channel, outcome, count FROM contact_finder_counts ORDER BY topic, language, channel, outcome";

    public const string CountUpsert = """
        INSERT INTO contact_finder_counts (topic, language, channel, outcome, count) VALUES ($1, $2, $3, $4, 1)
        ON CONFLICT (topic, language, channel, outcome) DO UPDATE SET count = contact_finder_counts.count + 1
        """;

    public static string Serialize(DirectoryEntry entry) => JsonSerializer.Serialize(entry, ContactsJson.Options);

    public static DirectoryEntry Deserialize(string json) =>
        JsonSerializer.Deserialize<DirectoryEntry>(json, ContactsJson.Options) ?? throw new InvalidDataException("An empty directory entry is stored.");

    public static ContactFinderCount Count(string topic, string language, string channel, string outcome, long count) =>
        new(topic, language, channel, Enum.Parse<ContactOutcome>(outcome), count);
}
