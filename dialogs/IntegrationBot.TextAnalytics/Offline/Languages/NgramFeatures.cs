using IntegrationBot.TextAnalytics.Offline.Text;

namespace IntegrationBot.TextAnalytics.Offline.Languages;

/// <summary>
/// Turns text into the features the model counts: each lower-cased word, and the character 1- to
/// <see cref="MaxOrder"/>-grams of the word padded with one space on each side (so "_de" and "er_" carry word edges).
/// </summary>
internal static class NgramFeatures
{
    public const int MaxOrder = 4;

    // Longer "words" are URLs or key mashing; their head says as much about the language as the whole.
    public const int MaxWordLength = 40;

    public delegate void FeatureVisitor<TState>(ReadOnlySpan<char> feature, int order, ref TState state);

    /// <summary>Visits every feature of the first <paramref name="maxLetters"/> letters; order 0 marks a whole word.</summary>
    public static void Visit<TState>(ReadOnlySpan<char> text, int maxLetters, ref TState state, FeatureVisitor<TState> visitor)
    {
        Span<char> padded = stackalloc char[MaxWordLength + 2];
        var position = 0;
        var letters = 0;
        while (letters < maxLetters && Words.Next(text, position) is { } word)
        {
            position = word.End;
            var length = Math.Min(word.Length, MaxWordLength);
            letters += length;
            padded[0] = ' ';
            for (var i = 0; i < length; i++)
            {
                padded[i + 1] = char.ToLowerInvariant(text[word.Offset + i]);
            }

            padded[length + 1] = ' ';
            visitor(padded.Slice(1, length), 0, ref state);
            VisitGrams(padded[..(length + 2)], ref state, visitor);
        }
    }

    private static void VisitGrams<TState>(ReadOnlySpan<char> padded, ref TState state, FeatureVisitor<TState> visitor)
    {
        for (var order = 1; order <= MaxOrder; order++)
        {
            for (var start = 0; start + order <= padded.Length; start++)
            {
                // A lone space is no evidence.
                if (order == 1 && padded[start] == ' ')
                {
                    continue;
                }

                visitor(padded.Slice(start, order), order, ref state);
            }
        }
    }
}
