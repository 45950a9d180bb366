namespace IntegrationBot.TextAnalytics.Azure;

/// <summary>Splits work into requests that respect a service's per-request limits on item count and total size.</summary>
internal static class Batches
{
    /// <summary>
    /// Consecutive batches of at most <paramref name="maxCount"/> items whose weights add up to at most
    /// <paramref name="maxWeight"/>; an item heavier than that on its own travels alone (the caller rejects those first).
    /// </summary>
    public static IEnumerable<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items, int maxCount, long maxWeight, Func<T, long> weight)
    {
        var batch = new List<T>();
        long total = 0;
        foreach (var item in items)
        {
            var w = weight(item);
            if (batch.Count > 0 && (batch.Count == maxCount || total + w > maxWeight))
            {
                yield return batch;
                batch = [];
                total = 0;
            }
            batch.Add(item);
            total += w;
        }
        if (batch.Count > 0)
            yield return batch;
    }
}
