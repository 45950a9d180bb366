using IntegrationBot.Domain.Events;

namespace IntegrationBot.Ideas.Fields;

/// <summary>
/// Suggests Handlungsfelder for an idea text in any shipped language: the concepts the text names (see
/// <see cref="ConceptMatcher"/>) each add their field weights once; scores are shares of the total, best first,
/// ties in the order of <see cref="Handlungsfelder.All"/>. No model, no I/O, deterministic and thread-safe.
/// </summary>
public sealed class FieldClassifier(ConceptMatcher matcher) : IFieldSuggester
{
    public static FieldClassifier CreateDefault() => new(ConceptMatcher.CreateDefault());

    public IReadOnlyList<FieldSuggestion> Suggest(string text, string? language) => Rank(matcher.Match(text));

    /// <summary>Ranks the fields of concepts already matched (the similarity search matches once and reuses them).</summary>
    public IReadOnlyList<FieldSuggestion> Rank(TextConcepts found)
    {
        var fields = Handlungsfelder.All;
        var scores = new double[fields.Count];
        foreach (var id in found.Concepts)
        {
            foreach (var (field, weight) in matcher.Lexicon.Concepts[id].Fields)
                scores[IndexOf(fields, field)] += weight;
        }
        var total = scores.Where(s => s > 0).Sum();
        if (total <= 0)
            return [];
        return [.. Enumerable.Range(0, fields.Count).Where(i => scores[i] > 0)
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Select(i => new FieldSuggestion(fields[i], scores[i] / total))];
    }

    private static int IndexOf(IReadOnlyList<string> fields, string field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] == field)
                return i;
        }
        throw new InvalidOperationException($"Unknown Handlungsfeld {field}.");
    }
}
