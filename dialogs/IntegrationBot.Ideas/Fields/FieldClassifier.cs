using IntegrationBot.Domain.Events;

namespace IntegrationBot.Ideas.Fields;

/// <summary>
/// Suggests Handlungsfelder for an idea text in any shipped language: the concepts the text names (see
/// <see cref="ConceptMatcher"/>) each add their field weights, a little more when several words name them; scores are shares of the total, best first,
/// ties in the order of <see cref="Handlungsfelder.All"/>. No model, no I/O, deterministic and thread-safe.
/// </summary>
public sealed class FieldClassifier(ConceptMatcher matcher) : IFieldSuggester
{
    // A concept named by several words ("Gebetsraum ... Religionen") is what the idea is about, more than one named
    // in passing ("an der Uni"); but repeating it many times must not drown every other concept.
    private const double RepeatBonus = 0.3;
    private const int MaxRepeats = 2;

    public static FieldClassifier CreateDefault() => new(ConceptMatcher.CreateDefault());

    public IReadOnlyList<FieldSuggestion> Suggest(string text, string? language) => Rank(matcher.Match(text));

    /// <summary>The names of the lexicon concepts the text names (to explain a suggestion).</summary>
    public IReadOnlyList<string> ConceptsOf(string text) =>
        [.. matcher.Match(text).Concepts.Select(id => matcher.Lexicon.Concepts[id].Name)];

    /// <summary>Ranks the fields of concepts already matched (the similarity search matches once and reuses them).</summary>
    public IReadOnlyList<FieldSuggestion> Rank(TextConcepts found)
    {
        var fields = Handlungsfelder.All;
        var scores = new double[fields.Count];
        for (var i = 0; i < found.Concepts.Count; i++)
        {
            var emphasis = 1 + (RepeatBonus * Math.Min(found.Hits[i] - 1, MaxRepeats));
            foreach (var (field, weight) in matcher.Lexicon.Concepts[found.Concepts[i]].Fields)
                scores[IndexOf(fields, field)] += weight * emphasis;
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
