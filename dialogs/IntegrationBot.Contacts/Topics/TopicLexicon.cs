using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Contacts.Topics;

/// <summary>
/// The multilingual words of each topic, loaded from the embedded, versioned <c>lexicon.v1.json</c>. A term is a
/// word (<c>jobcenter</c>), a stem (<c>arbeit*</c>), a word end (<c>*kurs</c>), a part of a compound (<c>*sprach*</c>)
/// or a phrase of several words; "strong" terms name a topic on their own (weight 3), ordinary ones hint (weight 1), weak ones barely (0.5).
/// </summary>
public sealed class TopicLexicon
{
    public const double StrongWeight = 3.0;
    public const double OrdinaryWeight = 1.0;
    public const double WeakWeight = 0.5;

    public TopicLexicon(int version, IReadOnlyList<LexiconTerm> terms)
    {
        Version = version;
        Terms = terms;
    }

    public int Version { get; }

    public IReadOnlyList<LexiconTerm> Terms { get; }

    public static TopicLexicon LoadEmbedded()
    {
        using var stream = typeof(TopicLexicon).Assembly.GetManifestResourceStream("IntegrationBot.Contacts.lexicon.v1.json")
            ?? throw new InvalidOperationException("The embedded topic lexicon is missing.");
        return Parse(stream);
    }

    public static TopicLexicon Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<LexiconFile>(json, ContactsJson.Options)
            ?? throw new InvalidDataException("The topic lexicon is empty.");
        var terms = new List<LexiconTerm>();
        foreach (var (topic, words) in file.Topics)
        {
            terms.AddRange(words.Strong.Select(w => LexiconTerm.Parse(topic, w, StrongWeight)));
            terms.AddRange(words.Terms.Select(w => LexiconTerm.Parse(topic, w, OrdinaryWeight)));
            terms.AddRange(words.Weak.Select(w => LexiconTerm.Parse(topic, w, WeakWeight)));
        }
        // Spellings that fold alike ("ärzt*", "arzt*") are one term: a word must not count twice.
        var distinct = terms.GroupBy(t => (t.Topic, t.Folded, t.Match)).Select(g => g.MaxBy(t => t.Weight)!).ToList();
        return new TopicLexicon(file.Version, distinct);
    }

    private sealed record LexiconFile(int Version, Dictionary<Topic, TopicWords> Topics);

    private sealed record TopicWords
    {
        [JsonPropertyName("strong")]
        public IReadOnlyList<string> Strong { get; init; } = [];

        [JsonPropertyName("terms")]
        public IReadOnlyList<string> Terms { get; init; } = [];

        [JsonPropertyName("weak")]
        public IReadOnlyList<string> Weak { get; init; } = [];
    }
}

/// <summary>How a lexicon term is compared with a token.</summary>
public enum TermMatch
{
    Word,
    Prefix,
    Suffix,
    Infix,
    Phrase,
}

/// <summary>One folded lexicon term with its topic, weight and way of matching.</summary>
public sealed record LexiconTerm(Topic Topic, string Folded, TermMatch Match, double Weight)
{
    public static LexiconTerm Parse(Topic topic, string raw, double weight)
    {
        var starts = raw.StartsWith('*');
        var ends = raw.EndsWith('*');
        var folded = TextFolding.Fold(raw.Trim('*').Trim());
        if (folded.Length == 0)
            throw new InvalidDataException($"Empty lexicon term for {topic}.");
        var match = folded.Contains(' ', StringComparison.Ordinal) ? TermMatch.Phrase
            : starts && ends ? TermMatch.Infix
            : starts ? TermMatch.Suffix
            : ends ? TermMatch.Prefix
            : TermMatch.Word;
        if (match == TermMatch.Phrase)
            folded = string.Join(' ', TextFolding.Tokens(folded));
        return new LexiconTerm(topic, folded, match, weight);
    }
}
