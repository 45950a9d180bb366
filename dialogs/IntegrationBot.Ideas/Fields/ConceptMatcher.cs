using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Ideas.Fields;

/// <summary>
/// Finds the lexicon concepts a text names: fold, tokenise, then look each token (and its Arabic-script forms) up in
/// the single-word terms and scan the phrases. Indexes are built once; immutable afterwards, so one instance serves
/// every turn concurrently.
/// </summary>
public sealed class ConceptMatcher
{
    private readonly Dictionary<string, int[]> _words;
    private readonly Dictionary<string, TermPart[]> _prefixesByStart;
    private readonly Dictionary<string, TermPart[]>.AlternateLookup<ReadOnlySpan<char>> _prefixesByStartOfSpan;
    private readonly TermPart[] _shortPrefixes;
    private readonly TermPart[] _inner;
    private readonly Dictionary<TermPart, int[]> _conceptsOfPart;
    private readonly Dictionary<string, ConceptTerm[]>.AlternateLookup<ReadOnlySpan<char>> _phrasesByStart;
    private readonly ConceptTerm[] _otherPhrases;

    public ConceptMatcher(FieldLexicon lexicon)
    {
        Lexicon = lexicon;
        var single = lexicon.Concepts.SelectMany(c => c.Terms).Where(t => t.Parts.Count == 1).ToArray();
        _conceptsOfPart = single.GroupBy(t => t.Parts[0]).ToDictionary(g => g.Key, g => g.Select(t => t.Concept).Distinct().ToArray());
        var parts = _conceptsOfPart.Keys.ToArray();
        _words = parts.Where(p => p.Match == PartMatch.Word).ToDictionary(p => p.Folded, p => _conceptsOfPart[p], StringComparer.Ordinal);
        var prefixes = parts.Where(p => p.Match == PartMatch.Prefix).ToArray();
        _prefixesByStart = prefixes.Where(p => p.Folded.Length >= 2).GroupBy(p => p.Folded[..2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _prefixesByStartOfSpan = _prefixesByStart.GetAlternateLookup<ReadOnlySpan<char>>();
        _shortPrefixes = [.. prefixes.Where(p => p.Folded.Length < 2)];
        _inner = [.. parts.Where(p => p.Match is PartMatch.Suffix or PartMatch.Infix)];
        // Phrases are looked up by the first two letters of their first word where it has a fixed start; the few
        // that begin with a word end or compound part are tried at every position.
        var phrases = lexicon.Concepts.SelectMany(c => c.Terms).Where(t => t.Parts.Count > 1).ToArray();
        static bool HasStart(ConceptTerm t) => t.Parts[0].Match is PartMatch.Word or PartMatch.Prefix && t.Parts[0].Folded.Length >= 2;
        _phrasesByStart = phrases.Where(HasStart).GroupBy(t => t.Parts[0].Folded[..2], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _otherPhrases = [.. phrases.Where(t => !HasStart(t))];
    }

    public FieldLexicon Lexicon { get; }

    public static ConceptMatcher CreateDefault() => new(FieldLexicon.LoadEmbedded());

    public TextConcepts Match(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return TextConcepts.Empty;
        var tokens = TextFolding.Tokens(TextFolding.Fold(text));
        var forms = tokens.Select(IdeaText.Forms).ToArray();
        // A phrase is the most specific reading of its words ("language course" is a language course, not also a
        // language and a course), so the words it covers add nothing on their own.
        var covered = new bool[tokens.Count];
        var hits = new SortedDictionary<int, int>();
        var seen = new HashSet<ConceptTerm>(ReferenceEqualityComparer.Instance);
        for (var start = 0; start < forms.Length; start++)
        {
            foreach (var form in forms[start])
            {
                if (form.Length < 2 || !_phrasesByStart.TryGetValue(form.AsSpan(0, 2), out var candidates))
                    continue;
                foreach (var phrase in candidates)
                {
                    if (!seen.Contains(phrase) && MatchesAt(forms, phrase, start))
                        Count(phrase, start, seen, hits, covered);
                }
            }
        }
        foreach (var phrase in _otherPhrases)
        {
            for (var start = 0; start < forms.Length && !seen.Contains(phrase); start++)
            {
                if (MatchesAt(forms, phrase, start))
                    Count(phrase, start, seen, hits, covered);
            }
        }
        for (var i = 0; i < forms.Length; i++)
        {
            if (covered[i])
                continue;
            foreach (var concept in MostSpecific(forms[i]))
                hits[concept] = hits.GetValueOrDefault(concept) + 1;
        }
        return new TextConcepts([.. hits.Keys], [.. hits.Values], tokens);
    }

    /// <summary>
    /// The concepts of the longest terms that match the token: a compound is read by its most specific term, so
    /// "Schwimmkurse" is a swimming course (<c>*schwimm*</c>) and not also a course in general (<c>*kurse</c>), and
    /// "Bildungspaket" is a benefit, not education.
    /// </summary>
    private HashSet<int> MostSpecific(List<string> tokenForms)
    {
        var best = new HashSet<int>();
        var bestLength = 0;
        foreach (var form in tokenForms)
        {
            if (_words.TryGetValue(form, out var exact))
                Consider(form.Length, exact, best, ref bestLength);
            if (form.Length >= 2 && _prefixesByStartOfSpan.TryGetValue(form.AsSpan(0, 2), out var prefixes))
                ConsiderMatching(prefixes, form, best, ref bestLength);
            ConsiderMatching(_shortPrefixes, form, best, ref bestLength);
            ConsiderMatching(_inner, form, best, ref bestLength);
        }
        return best;
    }

    private void ConsiderMatching(TermPart[] parts, string token, HashSet<int> best, ref int bestLength)
    {
        foreach (var part in parts)
        {
            if (part.Folded.Length >= bestLength && part.Matches(token))
                Consider(part.Folded.Length, _conceptsOfPart[part], best, ref bestLength);
        }
    }

    private static void Consider(int length, int[] concepts, HashSet<int> best, ref int bestLength)
    {
        if (length < bestLength)
            return;
        if (length > bestLength)
        {
            best.Clear();
            bestLength = length;
        }
        best.UnionWith(concepts);
    }

    // A loop, not List.Exists(part.Matches): that allocates a delegate per word and phrase (hot: 500 texts per search).
    private static bool AnyMatches(List<string> forms, TermPart part)
    {
        foreach (var form in forms)
        {
            if (part.Matches(form))
                return true;
        }
        return false;
    }

    private static bool MatchesAt(List<string>[] forms, ConceptTerm phrase, int start)
    {
        var parts = phrase.Parts;
        if (start + parts.Count > forms.Length)
            return false;
        for (var j = 0; j < parts.Count; j++)
        {
            if (!AnyMatches(forms[start + j], parts[j]))
                return false;
        }
        return true;
    }

    /// <summary>A phrase counts once per text, however often it occurs.</summary>
    private static void Count(ConceptTerm phrase, int start, HashSet<ConceptTerm> seen, SortedDictionary<int, int> hits, bool[] covered)
    {
        seen.Add(phrase);
        hits[phrase.Concept] = hits.GetValueOrDefault(phrase.Concept) + 1;
        Array.Fill(covered, true, start, phrase.Parts.Count);
    }
}

/// <summary>The concept ids (ascending) a text names, how many of its words or phrases named each, and its folded tokens.</summary>
public sealed record TextConcepts(IReadOnlyList<int> Concepts, IReadOnlyList<int> Hits, IReadOnlyList<string> Tokens)
{
    public static TextConcepts Empty { get; } = new([], [], []);
}
