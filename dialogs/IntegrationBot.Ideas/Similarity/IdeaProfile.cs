using IntegrationBot.Ideas.Fields;

namespace IntegrationBot.Ideas.Similarity;

/// <summary>
/// What the similarity search compares of a text: its weighted lexicon concepts and its content words (folded,
/// function words dropped, cut to a short stem so "Sprachkurse" and "Sprachkurs" meet).
/// </summary>
public sealed class IdeaProfile
{
    private const int StemLength = 6;

    private readonly Dictionary<int, double> _concepts;
    private readonly HashSet<string> _words;

    private IdeaProfile(Dictionary<int, double> concepts, HashSet<string> words)
    {
        _concepts = concepts;
        _words = words;
    }

    public bool IsEmpty => _concepts.Count == 0 && _words.Count == 0;

    public static IdeaProfile Of(ConceptMatcher matcher, string text)
    {
        var found = matcher.Match(text);
        var concepts = found.Concepts.ToDictionary(id => id, id => WeightOf(matcher.Lexicon.Concepts[id]));
        var words = found.Tokens.Where(t => t.Length >= 3 && !StopWords.Contains(t))
            .Select(t => t.Length > StemLength ? t[..StemLength] : t)
            .ToHashSet(StringComparer.Ordinal);
        return new IdeaProfile(concepts, words);
    }

    /// <summary>The larger of the weighted concept cosine and the word cosine, in [0, 1].</summary>
    public double SimilarityTo(IdeaProfile other) => Math.Max(ConceptCosine(other), WordCosine(other));

    private double ConceptCosine(IdeaProfile other)
    {
        if (_concepts.Count == 0 || other._concepts.Count == 0)
            return 0;
        var shared = _concepts.Where(c => other._concepts.ContainsKey(c.Key)).Sum(c => c.Value * c.Value);
        return shared / Math.Sqrt(_concepts.Values.Sum(w => w * w) * other._concepts.Values.Sum(w => w * w));
    }

    private double WordCosine(IdeaProfile other)
    {
        if (_words.Count == 0 || other._words.Count == 0)
            return 0;
        var shared = _words.Count(other._words.Contains);
        // One shared word between two short texts is chance, not similarity.
        return shared < 2 ? 0 : shared / Math.Sqrt((double)_words.Count * other._words.Count);
    }

    /// <summary>
    /// A concept that names a field on its own (language course, housing) weighs 1; one that only points at a field
    /// (neighbourhood) 0.7; a modifier (evening, for girls, affordable) 0.5, so sharing a time or a place alone is not
    /// enough to look alike.
    /// </summary>
    private static double WeightOf(Concept concept)
    {
        var strongest = concept.Fields.Count == 0 ? 0 : concept.Fields.Values.Max();
        return strongest >= 2.5 ? 1.0 : strongest >= 1.5 ? 0.7 : 0.5;
    }
}
