using System.Globalization;

namespace IntegrationBot.TextAnalytics.Offline.Text;

/// <summary>Splits text into words without allocating: runs of letters, combining marks and the zero-width non-joiner.</summary>
public static class Words
{
    // Persian writes one word in parts joined by U+200C ("می‌خواهم"); splitting there would lose its best cue.
    private const char ZeroWidthNonJoiner = '\u200C';

    public static bool IsWordChar(char c) =>
        char.IsLetter(c) || c == ZeroWidthNonJoiner || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The next word at or after <paramref name="start"/>, or null when there is none.</summary>
    public static WordSpan? Next(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return null;
        }

        var begin = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        return new WordSpan(begin, i - begin);
    }

    /// <summary>All words, in order; for callers that need a list (key phrases) rather than a stream.</summary>
    public static List<WordSpan> All(string text, int maxWords = int.MaxValue)
    {
        var words = new List<WordSpan>();
        var position = 0;
        while (words.Count < maxWords && Next(text, position) is { } word)
        {
            words.Add(word);
            position = word.End;
        }

        return words;
    }
}
