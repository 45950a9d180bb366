using IntegrationBot.Recognizers.Text;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Cuts an utterance into runs of number items: words of the language's number vocabulary (split into
/// morphemes where the language compounds), hyphens between them, and digit literals that can take a scale
/// word. Any other word or punctuation ends a run; digit literals that stand alone are handed back apart.
/// </summary>
internal static class NumberTokenizer
{
    private const int MaxMorphemes = 16;

    public static void Tokenize(string text, NumberLanguage language, List<DigitSpan> digits,
        List<List<NumberItem>> runs, List<DigitSpan> standalone)
    {
        var run = new List<NumberItem>();
        Span<char> folded = stackalloc char[TextFold.MaxWordLength * 2 + 1];
        Span<NumberWord> morphemes = stackalloc NumberWord[MaxMorphemes];
        var nextDigit = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (nextDigit < digits.Count && digits[nextDigit].Start < i)
                nextDigit++;
            if (nextDigit < digits.Count && digits[nextDigit].Start == i)
            {
                var span = digits[nextDigit];
                if (span.Combinable)
                {
                    run.Add(new NumberItem(new NumberWord(WordKind.Digits, span.Value), span.Start, span.End, true, true));
                }
                else
                {
                    Flush(runs, ref run);
                    standalone.Add(span);
                }
                i = span.End;
                continue;
            }
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (IsWordChar(c))
            {
                var end = WordEnd(text, i);
                if (TryPhrase(text, i, end, language, folded, out var phraseEnd, out var phrase))
                {
                    run.Add(new NumberItem(phrase, i, phraseEnd, true, true));
                    i = phraseEnd;
                    continue;
                }
                var count = Lookup(text.AsSpan(i, end - i), language, folded, morphemes);
                if (count == 0)
                {
                    Flush(runs, ref run);
                }
                else
                {
                    for (var m = 0; m < count; m++)
                        run.Add(new NumberItem(morphemes[m], i, end, m == 0, m == count - 1));
                }
                i = end;
                continue;
            }
            if (c is '-' or '‐' or '–' && run.Count > 0 && run[^1].Kind != WordKind.Hyphen)
                run.Add(new NumberItem(new NumberWord(WordKind.Hyphen, 0), i, i + 1, true, true));
            else
                Flush(runs, ref run);
            i++;
        }
        Flush(runs, ref run);
    }

    /// <summary>The morphemes of one word: itself if the vocabulary has it, else a split into known parts.</summary>
    public static int Lookup(ReadOnlySpan<char> word, NumberLanguage language, Span<char> buffer, Span<NumberWord> morphemes)
    {
        var n = TextFold.Fold(word, buffer, language.Fold);
        if (n <= 0)
            return 0;
        var folded = buffer[..n];
        if (language.TryGet(folded, out var whole))
        {
            if (whole.Is(WordFlags.InCompound))
                return 0;
            morphemes[0] = whole;
            return 1;
        }
        if (!language.Compounding)
            return 0;
        var count = 0;
        return Segment(folded, language, morphemes, ref count) && count > 1 ? count : 0;
    }

    // Longest known prefix first, backtracking when the rest cannot be split.
    private static bool Segment(ReadOnlySpan<char> rest, NumberLanguage language, Span<NumberWord> output, ref int count)
    {
        if (rest.IsEmpty)
            return true;
        if (count >= output.Length)
            return false;
        for (var length = Math.Min(language.MaxMorphemeLength, rest.Length); length > 0; length--)
        {
            if (!language.TryGet(rest[..length], out var word))
                continue;
            output[count++] = word;
            if (Segment(rest[length..], language, output, ref count))
                return true;
            count--;
        }
        return false;
    }

    private static bool TryPhrase(string text, int start, int end, NumberLanguage language, Span<char> buffer,
        out int phraseEnd, out NumberWord word)
    {
        phraseEnd = 0;
        word = default;
        if (language.Phrases.Count == 0)
            return false;
        var next = end;
        while (next < text.Length && text[next] == ' ')
            next++;
        if (next == end || next >= text.Length || !IsWordChar(text[next]))
            return false;
        var nextEnd = WordEnd(text, next);
        var n = TextFold.Fold(text.AsSpan(start, end - start), buffer, language.Fold);
        if (n < 0 || n >= buffer.Length - 1)
            return false;
        buffer[n] = ' ';
        var m = TextFold.Fold(text.AsSpan(next, nextEnd - next), buffer[(n + 1)..], language.Fold);
        if (m < 0 || !language.TryGetPhrase(buffer[..(n + 1 + m)], out word))
            return false;
        phraseEnd = nextEnd;
        return true;
    }

    // An apostrophe between letters belongs to the word in Cyrillic ("п'ять"); elsewhere it separates ("l'ultima").
    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (IsWordChar(text[end])
            || (text[end] is '\'' or '’' or 'ʼ' && end + 1 < text.Length && IsCyrillic(text[end - 1]) && IsCyrillic(text[end + 1]))))
            end++;
        return end;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04ff';

    private static bool IsWordChar(char c) => !char.IsDigit(c) && TokenCount.IsWordChar(c);

    private static void Flush(List<List<NumberItem>> runs, ref List<NumberItem> run)
    {
        if (run.Count == 0)
            return;
        runs.Add(run);
        run = [];
    }
}
