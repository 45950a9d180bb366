using System.Runtime.InteropServices;
using IntegrationBot.Recognizers.Number;

namespace IntegrationBot.Recognizers.Ordinal;

/// <summary>
/// Ordinals written as words, built from the language's number vocabulary: a cardinal lead and an ordinal tail
/// ("one hundred twenty-fifth", "einhundert Milliardste"), or a chain of ordinals in Spanish and Portuguese.
/// "een biljoenste" is a fraction, not the trillionth, and is left alone.
/// </summary>
internal static class WordOrdinals
{
    public static void Find(string text, NumberLanguage language, List<FoundOrdinal> found)
    {
        var runs = new List<List<NumberItem>>();
        NumberTokenizer.Tokenize(text, language, [], runs, []);
        var mode = language.OrdinalChains ? OrdinalMode.Chain : OrdinalMode.Ordinal;
        foreach (var list in runs)
        {
            var run = CollectionsMarshal.AsSpan(list);
            var p = 0;
            while (p < run.Length)
            {
                var value = 0.0;
                var end = run[p].StartsToken && !run[p].Word.IsJoiner ? LongestOrdinal(run, p, language, mode, out value) : -1;
                if (end < 0)
                {
                    p++;
                    continue;
                }
                if (!IsFraction(run[p..end]))
                    found.Add(new FoundOrdinal(run[p].Start, run[end - 1].End, new OrdinalReference(ToOffset(value), OrdinalAnchor.Start), false, value));
                p = end;
            }
        }
    }

    // Beyond long's range ("cento trilionesimo", 10²⁰) the typed offset saturates; the text value stays exact.
    public static long ToOffset(double value) => value >= long.MaxValue ? long.MaxValue : (long)value;

    private static int LongestOrdinal(ReadOnlySpan<NumberItem> run, int p, NumberLanguage language, OrdinalMode mode, out double value)
    {
        value = 0;
        for (var e = run.Length; e > p; e--)
        {
            if (!run[e - 1].EndsToken || !run[e - 1].Word.IsOrdinal)
                continue;
            if (Composition.TryCompose(run[p..e], language, mode, out var composed) && !composed.ArticleOnly)
            {
                value = composed.Value;
                return e;
            }
        }
        return -1;
    }

    // "een biljoenste", "one millionth": a lone "one" before an ordinal scale names a fraction.
    private static bool IsFraction(ReadOnlySpan<NumberItem> items)
    {
        var words = 0;
        foreach (var item in items)
        {
            if (!item.Word.IsJoiner)
                words++;
        }
        return words == 2 && items[0].Word is { Kind: WordKind.Unit, Value: 1 } && !items[0].Word.IsOrdinal
            && items[^1].Word.Kind is WordKind.Hundred or WordKind.Multiplier;
    }
}
