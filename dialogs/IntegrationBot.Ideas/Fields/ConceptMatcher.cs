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
    private readonly TermPart[] _shortPrefixes;
    private readonly TermPart[] _inner;
    private readonly Dictionary<TermPart, int[]> _conceptsOfPart;
    private readonly ConceptTerm[] _phrases;

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
        _shortPrefixes = [.. prefixes.Where(p => p.Folded.Length < 2)];
        _inner = [.. parts.Where(p => p.Match is PartMatch.Suffix or PartMatch.Infix)];
        _phrases = [.. lexicon.Concepts.SelectMany(c => c.Terms).Where(t => t.Parts.Count > 1)];
    }

    public FieldLexicon Lexicon { get; }

    public static ConceptMatcher CreateDefault() => new(FieldLexicon.LoadEmbedded());

    public TextConcepts Match(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return TextConcepts.Empty;
        var tokens = IdeaText.Tokens(IdeaText.Fold(text));
        var forms = tokens.Select(IdeaText.Forms).ToArray();
        var concepts = new SortedSet<int>();
        foreach (var tokenForms in forms)
        {
            foreach (var form in tokenForms)
                MatchToken(form, concepts);
        }
        foreach (var phrase in _phrases)
        {
            if (!concepts.Contains(phrase.Concept) && ContainsPhrase(forms, phrase))
                concepts.Add(phrase.Concept);
        }
        return new TextConcepts([.. concepts], tokens);
    }

    private void MatchToken(string token, SortedSet<int> concepts)
    {
        if (_words.TryGetValue(token, out var exact))
            concepts.UnionWith(exact);
        if (token.Length >= 2 && _prefixesByStart.TryGetValue(token[..2], out var prefixes))
            AddMatching(prefixes, token, concepts);
        AddMatching(_shortPrefixes, token, concepts);
        AddMatching(_inner, token, concepts);
    }

    private void AddMatching(TermPart[] parts, string token, SortedSet<int> concepts)
    {
        foreach (var part in parts)
        {
            if (part.Matches(token))
                concepts.UnionWith(_conceptsOfPart[part]);
        }
    }

    private static bool ContainsPhrase(List<string>[] forms, ConceptTerm phrase)
    {
        var parts = phrase.Parts;
        for (var start = 0; start + parts.Count <= forms.Length; start++)
        {
            var all = true;
            for (var j = 0; j < parts.Count && all; j++)
                all = forms[start + j].Exists(parts[j].Matches);
            if (all)
                return true;
        }
        return false;
    }
}

/// <summary>The concept ids (ascending) a text names and its folded tokens.</summary>
public sealed record TextConcepts(IReadOnlyList<int> Concepts, IReadOnlyList<string> Tokens)
{
    public static TextConcepts Empty { get; } = new([], []);
}
