using IntegrationBot.TextAnalytics.Offline.Languages;
using IntegrationBot.TextAnalytics.Offline.Text;

namespace IntegrationBot.TextAnalytics.Offline.KeyPhrases;

/// <summary>
/// Language-aware key phrases: runs of up to three content words between stopwords and punctuation, in the text's own
/// words and casing, scored by how often their words occur (repetition marks the topic) plus a bonus for longer
/// phrases and, in German, for capitalised nouns. Deterministic: ties go to the phrase that comes first.
/// Languages without a stopword list fall back to "content words are at least four letters long".
/// </summary>
public sealed class KeyPhraseExtractor
{
    /// <summary>At most this many phrases are returned; an idea is a few sentences.</summary>
    public const int DefaultMaxPhrases = 5;

    // A longer text adds candidates but no new topics beyond its head; the cap keeps 50 000 characters cheap.
    private const int MaxWords = 3000;

    private const int MaxPhraseWords = 3;

    private readonly StopwordSets stopwords = new([.. OfflineLanguageIdentifier.AllLanguages]);

    public IReadOnlyList<string> Extract(string text, string language, int maxPhrases = DefaultMaxPhrases)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words.All(text, MaxWords);
        var content = ContentWords.Mark(text, words, stopwords.For(language));
        var candidates = Candidates(text, words, content, language == "de");
        return Select(text, candidates, maxPhrases);
    }

    private static List<Candidate> Candidates(string text, List<WordSpan> words, bool[] content, bool capitalisedNouns)
    {
        var frequency = WordFrequencies(text, words, content);
        var candidates = new List<Candidate>();
        var i = 0;
        while (i < words.Count)
        {
            if (!content[i])
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < words.Count && end - i < MaxPhraseWords && content[end] && Joined(text, words[end - 1], words[end]))
            {
                end++;
            }

            candidates.Add(Score(text, words, i, end, frequency, capitalisedNouns));
            i = end;
        }

        return candidates;
    }

    private static Candidate Score(string text, List<WordSpan> words, int first, int end, Dictionary<string, int> frequency, bool capitalisedNouns)
    {
        var score = 0.5 * (end - first - 1);
        for (var w = first; w < end; w++)
        {
            var word = words[w].In(text);
            score += 1 + Math.Log(frequency[word.ToString().ToLowerInvariant()]);

            // German capitalises nouns; a lower-case German word is a verb or adjective, rarely the topic.
            if (capitalisedNouns && !char.IsUpper(word[0]))
            {
                score -= 0.5;
            }
        }

        var offset = words[first].Offset;
        var length = words[end - 1].End - offset;
        return new Candidate(text.Substring(offset, length).ToLowerInvariant(), offset, length, end - first, score);
    }

    private static Dictionary<string, int> WordFrequencies(string text, List<WordSpan> words, bool[] content)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (content[i])
            {
                var key = words[i].In(text).ToString().ToLowerInvariant();
                frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }
        }

        return frequency;
    }

    /// <summary>Two words belong to one phrase only when nothing but spaces or a hyphen separates them.</summary>
    private static bool Joined(string text, WordSpan left, WordSpan right)
    {
        foreach (var c in text.AsSpan(left.End, right.Offset - left.End))
        {
            if (c is not (' ' or '-' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> Select(string text, List<Candidate> candidates, int maxPhrases)
    {
        // Same phrase twice: one entry, its score the sum (repetition is emphasis), its text the first occurrence.
        var merged = candidates
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => g.First() with { Score = g.Sum(c => c.Score) })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Offset);
        var chosen = new List<Candidate>();
        foreach (var candidate in merged)
        {
            if (chosen.Count == maxPhrases)
            {
                break;
            }

            if (!chosen.Exists(c => Overlaps(c.Key, candidate.Key)))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen.Select(c => text.Substring(c.Offset, c.Length))];
    }

    /// <summary>"sprachkurse" adds nothing next to "mehr sprachkurse abend"; word-wise containment either way.</summary>
    private static bool Overlaps(string a, string b) =>
        ContainsWords(a, b) || ContainsWords(b, a);

    private static bool ContainsWords(string longer, string shorter)
    {
        var index = longer.IndexOf(shorter, StringComparison.Ordinal);
        return index >= 0
            && (index == 0 || !Words.IsWordChar(longer[index - 1]))
            && (index + shorter.Length == longer.Length || !Words.IsWordChar(longer[index + shorter.Length]));
    }
}
