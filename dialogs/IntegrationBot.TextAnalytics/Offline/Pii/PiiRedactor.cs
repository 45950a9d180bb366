namespace IntegrationBot.TextAnalytics.Offline.Pii;

/// <summary>
/// Finds e-mail addresses, telephone numbers, street addresses and announced personal names, and replaces each of
/// their characters with '*', keeping the text's length (as Azure AI Language does). Stateless and thread-safe.
/// </summary>
public static class PiiRedactor
{
    public static PiiRedaction Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Find(text);
        if (found.Count == 0)
        {
            return new PiiRedaction(text, []);
        }

        var redacted = string.Create(text.Length, (text, found), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            foreach (var entity in state.found)
            {
                chars.Slice(entity.Offset, entity.Length).Fill('*');
            }
        });
        return new PiiRedaction(redacted, found);
    }

    /// <summary>All entities, ordered by offset, without overlaps (the earlier, then the longer span wins).</summary>
    public static List<PiiEntity> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PiiEntity>();

        // E-mails first: their digits and dots must not be read as phone numbers or streets.
        ContactFinder.FindEmails(text, found);
        ContactFinder.FindPhones(text, found);
        AddressFinder.Find(text, found);
        PersonNameFinder.Find(text, found);
        return WithoutOverlaps(found);
    }

    private static List<PiiEntity> WithoutOverlaps(List<PiiEntity> found)
    {
        found.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        var result = new List<PiiEntity>(found.Count);
        var end = 0;
        foreach (var entity in found)
        {
            if (entity.Length > 0 && entity.Offset >= end)
            {
                result.Add(entity);
                end = entity.Offset + entity.Length;
            }
        }

        return result;
    }
}
