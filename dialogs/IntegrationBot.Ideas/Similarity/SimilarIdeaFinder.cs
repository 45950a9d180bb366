using IntegrationBot.Ideas.Fields;

namespace IntegrationBot.Ideas.Similarity;

/// <summary>
/// Finds stored ideas that say much the same as a new one: the recent ideas of the field are compared by the
/// lexicon concepts both texts name (which works across languages: "Sprachkurse am Abend" and "akşam dil kursları"
/// name the same concepts) and by the words they share (same language, or the stored German translation). The
/// better of the two similarities counts; below <see cref="Threshold"/> an idea is not shown.
/// </summary>
public sealed class SimilarIdeaFinder(IIdeaStore store, ConceptMatcher matcher) : ISimilarIdeas
{
    /// <summary>How many recent ideas are compared; older ones are unlikely to be shown as "already suggested".</summary>
    public const int CandidateLimit = 500;

    /// <summary>
    /// Minimum similarity in [0, 1]. 0.5 lets two ideas through that share their main topic and most modifiers
    /// ("language course, evening"), but not two that share only a place or a time ("Kita in the district" vs
    /// "playground in the district").
    /// </summary>
    public const double Threshold = 0.5;

    public async Task<IReadOnlyList<Idea>> FindAsync(string text, string? language, string? field, int max, CancellationToken cancellationToken)
    {
        if (max <= 0 || string.IsNullOrWhiteSpace(text))
            return [];
        var query = IdeaProfile.Of(matcher, text);
        if (query.IsEmpty)
            return [];
        var candidates = await store.ListRecentAsync(field, CandidateLimit, cancellationToken);
        var scored = new List<(Idea Idea, double Score)>();
        foreach (var idea in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var score = query.SimilarityTo(IdeaProfile.Of(matcher, idea.Text));
            if (!string.IsNullOrWhiteSpace(idea.GermanText))
                score = Math.Max(score, query.SimilarityTo(IdeaProfile.Of(matcher, idea.GermanText)));
            if (score >= Threshold)
                scored.Add((idea, score));
        }
        return [.. scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.Idea.SubmittedAt).ThenBy(s => s.Idea.Id)
            .Take(max).Select(s => s.Idea)];
    }
}
