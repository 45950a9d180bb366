using IntegrationBot.Contacts.Topics;

namespace IntegrationBot.Contacts.Directory;

/// <summary>
/// Picks the contacts for a topic: entries that list it, the ones naming it earliest first (a unit that exists for
/// the topic before an organisation that also covers it), entries with a way to reach them before those without.
/// </summary>
public static class ContactFinder
{
    public const int MaximumContacts = 3;

    public static IReadOnlyList<DirectoryEntry> For(Topic topic, IReadOnlyList<DirectoryEntry> directory, int count = MaximumContacts) =>
        [.. directory
            .Select((entry, order) => (entry, order, rank: IndexOf(entry.Topics, topic)))
            .Where(x => x.rank >= 0)
            .OrderBy(x => x.rank)
            .ThenBy(x => x.entry.HasWayToReach ? 0 : 1)
            .ThenBy(x => x.order)
            .Take(count)
            .Select(x => x.entry)];

    private static int IndexOf(IReadOnlyList<Topic> topics, Topic topic)
    {
        for (var i = 0; i < topics.Count; i++)
        {
            if (topics[i] == topic)
                return i;
        }
        return -1;
    }
}
