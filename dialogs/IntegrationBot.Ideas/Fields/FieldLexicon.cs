using System.Text.Json;
using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Ideas.Fields;

/// <summary>
/// The embedded, versioned multilingual lexicon (<c>field-lexicon.v1.json</c>): words, stems and phrases of all shipped
/// languages name a concept ("language-course"), and each concept points at Handlungsfelder with weights. Concepts
/// without fields ("evening") still count for finding similar ideas across languages.
/// </summary>
public sealed class FieldLexicon
{
    private const string ResourceName = "IntegrationBot.Ideas.field-lexicon.v1.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public FieldLexicon(int version, IReadOnlyList<Concept> concepts)
    {
        Version = version;
        Concepts = concepts;
    }

    public int Version { get; }

    /// <summary>The concepts; a concept's position in this list is its id in <see cref="ConceptTerm.Concept"/>.</summary>
    public IReadOnlyList<Concept> Concepts { get; }

    public static FieldLexicon LoadEmbedded()
    {
        using var stream = typeof(FieldLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return Parse(stream);
    }

    public static FieldLexicon Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<LexiconFile>(json, Json) ?? throw new InvalidDataException("The field lexicon is empty.");
        var concepts = new List<Concept>();
        foreach (var (name, entry) in file.Concepts)
        {
            foreach (var field in entry.Fields.Keys)
            {
                if (!Domain.Events.Handlungsfelder.IsKnown(field))
                    throw new InvalidDataException($"Concept {name} points at unknown Handlungsfeld {field}.");
            }
            concepts.Add(new Concept(name, entry.Fields, [.. entry.Terms.Select(t => ConceptTerm.Parse(concepts.Count, t))]));
        }
        return new FieldLexicon(file.Version, concepts);
    }

    private sealed record LexiconFile(int Version, Dictionary<string, ConceptEntry> Concepts);

    private sealed record ConceptEntry
    {
        public Dictionary<string, double> Fields { get; init; } = [];
        public IReadOnlyList<string> Terms { get; init; } = [];
    }
}

/// <summary>A concept, its Handlungsfeld weights and the terms that name it.</summary>
public sealed record Concept(string Name, IReadOnlyDictionary<string, double> Fields, IReadOnlyList<ConceptTerm> Terms);

/// <summary>
/// One folded term: a phrase of one or more parts, each a whole word (<c>kita</c>), a stem (<c>sprachkurs*</c>),
/// a word end (<c>*kurs</c>) or a part of a compound (<c>*sprach*</c>).
/// </summary>
public sealed record ConceptTerm(int Concept, IReadOnlyList<TermPart> Parts)
{
    public static ConceptTerm Parse(int concept, string raw)
    {
        var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(TermPart.Parse).ToArray();
        if (parts.Length == 0)
            throw new InvalidDataException($"Empty term in concept {concept}.");
        return new ConceptTerm(concept, parts);
    }
}

public enum PartMatch
{
    Word,
    Prefix,
    Suffix,
    Infix,
}

public sealed record TermPart(string Folded, PartMatch Match)
{
    public static TermPart Parse(string raw)
    {
        var starts = raw.StartsWith('*');
        var ends = raw.EndsWith('*');
        var folded = TextFolding.Fold(raw.Trim('*'));
        if (folded.Length == 0 || TextFolding.Tokens(folded) is not [var single] || single != folded)
            throw new InvalidDataException($"Lexicon term part '{raw}' is not one word.");
        var match = starts && ends ? PartMatch.Infix : starts ? PartMatch.Suffix : ends ? PartMatch.Prefix : PartMatch.Word;
        return new TermPart(folded, match);
    }

    public bool Matches(string token) => Match switch
    {
        PartMatch.Word => token == Folded,
        PartMatch.Prefix => token.StartsWith(Folded, StringComparison.Ordinal),
        PartMatch.Suffix => token.EndsWith(Folded, StringComparison.Ordinal),
        _ => token.Contains(Folded, StringComparison.Ordinal),
    };
}
