namespace IntegrationBot.Ideas.Similarity;

/// <summary>Finds ideas already collected that say much the same as a new one ("already suggested: …").</summary>
public interface ISimilarIdeas
{
    /// <summary>At most <paramref name="max"/> stored ideas similar to <paramref name="text"/>, most similar first.</summary>
    Task<IReadOnlyList<Idea>> FindAsync(string text, string? language, string? field, int max, CancellationToken cancellationToken);
}
