using System.Collections.Frozen;
using IntegrationBot.TextAnalytics.Offline.Text;

namespace IntegrationBot.TextAnalytics.Offline.KeyPhrases;

/// <summary>Decides which words can be part of a key phrase.</summary>
internal static class ContentWords
{
    // With a stopword list, short content words are real ("Bus", "Kita", "لغة"); without one, short words are
    // mostly function words, so only longer ones count.
    private const int MinLengthWithStopwords = 3;
    private const int MinLengthWithoutStopwords = 4;

    private const int MaxLength = 64;

    public static bool[] Mark(string text, List<WordSpan> words, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? stopwords)
    {
        var minLength = stopwords is null ? MinLengthWithoutStopwords : MinLengthWithStopwords;
        var content = new bool[words.Count];
        Span<char> lower = stackalloc char[MaxLength];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].In(text);
            if (word.Length < minLength || word.Length > MaxLength)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            content[i] = stopwords is not { } set || !set.Contains(lower[..length]);
        }

        return content;
    }
}
