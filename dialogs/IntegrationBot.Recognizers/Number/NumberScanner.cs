namespace IntegrationBot.Recognizers.Number;

/// <summary>A number found in the text: its character span (end exclusive) and value.</summary>
internal readonly record struct FoundNumber(int Start, int End, double Value, string Subtype);

/// <summary>
/// Finds the numbers of an utterance: each run of number items is read greedily, the longest valid number
/// first, and digit literals that stand alone are added as they are.
/// </summary>
internal static class NumberScanner
{
    public static List<FoundNumber> Scan(string text, NumberLanguage language)
    {
        var found = new List<FoundNumber>();
        var digits = DigitNumbers.Scan(text, language.Code);
        var runs = new List<List<NumberItem>>();
        var standalone = new List<DigitSpan>();
        NumberTokenizer.Tokenize(text, language, digits, runs, standalone);
        foreach (var run in runs)
            ScanRun(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(run), language, found);
        foreach (var span in standalone)
            found.Add(new FoundNumber(span.Start, span.End, span.Value, span.Subtype));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void ScanRun(string text, ReadOnlySpan<NumberItem> run, NumberLanguage language, List<FoundNumber> found)
    {
        var p = 0;
        while (p < run.Length)
        {
            if (!CanStart(run, p))
            {
                p++;
                continue;
            }
            var allowOver = !AfterCurrency(text, run[p].Start);
            var end = -1;
            double value = 0;
            var subtype = "";
            for (var e = run.Length; e > p; e--)
            {
                if (!run[e - 1].EndsToken || run[e - 1].Word.IsJoiner)
                    continue;
                if (NumberExpression.TryEvaluate(run[p..e], language, allowOver, out value, out subtype))
                {
                    end = e;
                    break;
                }
            }
            if (end < 0)
            {
                p = NextToken(run, p);
                continue;
            }
            // "3 hundred and 2 hundred": when a scale word could not join, give the words after the last
            // connector back to the next number.
            if (end < run.Length && run[end].Word.IsScale && !run[end].Word.IsOrdinal)
            {
                for (var c = end - 1; c > p; c--)
                {
                    if (run[c].Kind != WordKind.Connector)
                        continue;
                    if (run[c - 1].EndsToken
                        && NumberExpression.TryEvaluate(run[p..c], language, allowOver, out var shorter, out var shorterType))
                    {
                        end = c;
                        value = shorter;
                        subtype = shorterType;
                    }
                    break;
                }
            }
            if (!IsPronoun(text, run[p..end], language))
                found.Add(new FoundNumber(run[p].Start, run[end - 1].End, value, subtype));
            p = end;
        }
    }

    private static bool CanStart(ReadOnlySpan<NumberItem> run, int p)
    {
        var word = run[p].Word;
        return run[p].StartsToken && !word.IsJoiner
            && !(word.Kind is WordKind.Point or WordKind.Of or WordKind.AndHalf)
            && !(word.Kind == WordKind.Over && !word.Is(WordFlags.ImpliedOne));
    }

    private static int NextToken(ReadOnlySpan<NumberItem> run, int p)
    {
        var next = p + 1;
        while (next < run.Length && !run[next].StartsToken)
            next++;
        return next;
    }

    // "that one", "the one": a pronoun, not a number.
    private static bool IsPronoun(string text, ReadOnlySpan<NumberItem> items, NumberLanguage language)
    {
        if (items.Length != 1 || !items[0].Word.Is(WordFlags.Determined) || language.Determiners.Count == 0)
            return false;
        var end = items[0].Start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        return start < end && language.Determiners.Contains(text[start..end].ToLowerInvariant());
    }

    // "$2000 over 3 years" is money over time, not a fraction.
    private static bool AfterCurrency(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        return i >= 0 && text[i] is '$' or '€' or '£' or '¥' or '₺' or '₽' or '₴';
    }
}
