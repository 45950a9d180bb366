using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Contacts.Topics;

/// <summary>
/// Ranks the topics a free-text description points at: fold and tokenise (script-aware), then add up the weights
/// of the distinct lexicon terms that match a token, its stem or a phrase. No model, no I/O; immutable after
/// construction, so one instance serves all turns concurrently.
/// </summary>
public sealed class TopicClassifier
{
    // Arabic writes articles and prepositions onto the word ("والإقامة" = "and the residence"); stripping them
    // lets one stem serve every form.
    private static readonly string[] ArabicArticles = ["ال", "بال", "لل", "كال", "فال"];

    private readonly LexiconTerm[] _terms;
    private readonly Dictionary<string, int[]> _words;
    private readonly int[] _affixes;
    private readonly int[] _phrases;
    private readonly int _topicCount = Enum.GetValues<Topic>().Length;

    public TopicClassifier(TopicLexicon lexicon)
    {
        _terms = [.. lexicon.Terms];
        _words = Enumerable.Range(0, _terms.Length).Where(i => _terms[i].Match == TermMatch.Word)
            .GroupBy(i => _terms[i].Folded, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _affixes = [.. Enumerable.Range(0, _terms.Length).Where(i => _terms[i].Match is TermMatch.Prefix or TermMatch.Suffix or TermMatch.Infix)];
        _phrases = [.. Enumerable.Range(0, _terms.Length).Where(i => _terms[i].Match == TermMatch.Phrase)];
    }

    public static TopicClassifier CreateDefault() => new(TopicLexicon.LoadEmbedded());

    public TopicRanking Classify(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
            return TopicRanking.Empty;
        var tokens = TextFolding.Tokens(TextFolding.Fold(description));
        var matched = new HashSet<int>();
        foreach (var token in tokens)
        {
            foreach (var form in Forms(token))
                MatchToken(form, matched);
        }
        if (_phrases.Length > 0 && tokens.Count > 1)
        {
            var joined = " " + string.Join(' ', tokens) + " ";
            foreach (var i in _phrases)
            {
                if (joined.Contains(" " + _terms[i].Folded + " ", StringComparison.Ordinal))
                    matched.Add(i);
            }
        }
        return Rank(matched);
    }

    private void MatchToken(string token, HashSet<int> matched)
    {
        if (_words.TryGetValue(token, out var exact))
            matched.UnionWith(exact);
        foreach (var i in _affixes)
        {
            var term = _terms[i];
            var hit = term.Match switch
            {
                TermMatch.Prefix => token.StartsWith(term.Folded, StringComparison.Ordinal),
                TermMatch.Suffix => token.EndsWith(term.Folded, StringComparison.Ordinal),
                _ => token.Contains(term.Folded, StringComparison.Ordinal),
            };
            if (hit)
                matched.Add(i);
        }
    }

    private TopicRanking Rank(HashSet<int> matched)
    {
        if (matched.Count == 0)
            return TopicRanking.Empty;
        var scores = new double[_topicCount];
        foreach (var i in matched)
            scores[(int)_terms[i].Topic] += _terms[i].Weight;
        var ranked = Enumerable.Range(0, _topicCount).Where(t => scores[t] > 0)
            .Select(t => new TopicScore((Topic)t, scores[t]))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Topic)
            .ToArray();
        return new TopicRanking(ranked);
    }

    /// <summary>The token itself and, for Arabic script, the token without a leading conjunction, preposition or article.</summary>
    private static IEnumerable<string> Forms(string token)
    {
        yield return token;
        if (!TextFolding.IsArabicScript(token))
            yield break;
        var rest = token;
        if (rest.Length > 3 && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
            yield return rest;
        }
        foreach (var article in ArabicArticles)
        {
            if (rest.StartsWith(article, StringComparison.Ordinal) && rest.Length - article.Length >= 2)
                yield return rest[article.Length..];
        }
        if (rest.Length > 3 && rest[0] is 'ب' or 'ل')
            yield return rest[1..];
    }
}
