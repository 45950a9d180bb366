namespace IntegrationBot.Recognizers.Number;

/// <summary>A written fraction; <see cref="Scale"/> is a scale word after it ("three quarters million").</summary>
internal readonly record struct WrittenFraction(double Raw, double Scale, bool IsHalf)
{
    public double Value => Scale > 0 ? Raw * Scale : Raw;
}

/// <summary>
/// Written fractions: "five eighths", "zwei Drittel", "un vingt cinquième", "veinte veinticincoavos", "half".
/// The denominator is the longest ordinal tail that leaves a whole numerator, so "one hundred thirty fifths"
/// is 100/35, while "one hundred thirty-two fifths" is 132/5 (a hyphen or a scale word binds tighter).
/// </summary>
internal static class Fractions
{
    public static bool TryParse(ReadOnlySpan<NumberItem> items, NumberLanguage language, out WrittenFraction fraction)
    {
        fraction = default;
        var n = items.Length;
        if (n >= 4 && items[^3].Kind == WordKind.Of && items[^2].Word.Is(WordFlags.Article) && IsScaleWord(items[^1].Word))
            return TryScaled(items[..^3], items[^1].Word.Value, language, out fraction);
        if (n >= 2 && IsScaleWord(items[^1].Word) && TryScaled(items[..^1], items[^1].Word.Value, language, out fraction))
            return true;
        // "half a dozen", "half a million"
        if (n == 3 && items[1].Word.Is(WordFlags.Article) && IsScaleWord(items[2].Word))
            return TryScaled(items[..1], items[2].Word.Value, language, out fraction);
        if (!TryCore(items, language, out var raw, out var half))
            return false;
        fraction = new WrittenFraction(raw, 0, half);
        return true;
    }

    private static bool TryScaled(ReadOnlySpan<NumberItem> items, double scale, NumberLanguage language, out WrittenFraction fraction)
    {
        fraction = default;
        if (!TryCore(items, language, out var raw, out var half))
            return false;
        fraction = new WrittenFraction(raw, scale, half);
        return true;
    }

    private static bool IsScaleWord(in NumberWord word) =>
        word.Kind is WordKind.Multiplier or WordKind.Dozen && !word.IsOrdinal && !word.Is(WordFlags.Fraction);

    private static bool TryCore(ReadOnlySpan<NumberItem> items, NumberLanguage language, out double value, out bool half)
    {
        value = 0;
        half = false;
        if (items.Length == 1)
        {
            var word = items[0].Word;
            if (word.Kind == WordKind.Literal)
            {
                value = word.Value;
                half = value == 0.5;
                return true;
            }
            if (word.Is(WordFlags.Alone) && word.Value > 0)
            {
                value = 1 / word.Value;
                half = word.Value == 2;
                return true;
            }
            return false;
        }
        if (!items[^1].Word.CanDenominate)
            return false;
        for (var k = 1; k < items.Length; k++)
        {
            var wholeToken = items[k].StartsToken && items[k].Start == items[^1].Start;
            if (items[k].Word.IsJoiner || (!wholeToken && IsTight(items, k)))
                continue;
            var numerator = items[..k];
            if (numerator[^1].Kind == WordKind.Hyphen)
                numerator = numerator[..^1];
            if (numerator.Length == 0 || numerator[^1].Kind == WordKind.Connector)
                continue;
            if (!Composition.TryCompose(items[k..], language, OrdinalMode.Denominator, out var den) || den.Value <= 1)
                continue;
            if (!Composition.TryCompose(numerator, language, OrdinalMode.None, out var num) || !Fits(num, den, items[k..], language))
                continue;
            half = den.Value == 2;
            var numeratorValue = num.ArticleOnly ? 1 : num.Value;
            if (language.NumeratorIsLastUnit && num.HasLargerPart && num.Small is > 0 and < 10)
                value = numeratorValue - num.Small + (num.Small / den.Value);
            else
                value = numeratorValue / den.Value;
            return true;
        }
        return false;
    }

    private static bool Fits(in Composed num, in Composed den, ReadOnlySpan<NumberItem> denItems, NumberLanguage language)
    {
        if (num.AllDigits)
            return false; // "100 millonesimas" is a number and an ordinal, not a fraction
        var one = num.ArticleOnly || (num.Count == 1 && num.Value == 1);
        if (language.PluralDenominators && !one && !den.Last.Is(WordFlags.Plural))
            return false; // "two millionth" is "two" and an ordinal
        if (!language.SpacedOrdinalCompounds && den.Count > 1 && denItems[0].Start != denItems[^1].Start
            && den.Last.Kind is not (WordKind.Avos or WordKind.Multiplier or WordKind.Hundred))
            return false; // "ciento treinta quintos" is 130/5
        if (num.EndScale > 1 && den.Value < num.EndScale)
            return false; // "due milioni | duemiladuecento quinti" reads as one numerator
        // "cien | mil billonésimas": a scale word cannot be swallowed by an ordinal scale in a denominator.
        if (den.Last.Kind == WordKind.Multiplier && den.Count > 1)
        {
            foreach (var item in denItems[..^1])
            {
                if (item.Kind == WordKind.Multiplier)
                    return false;
            }
        }
        return true;
    }

    // A small number binds to the hundred or scale word after it, and a ten to a hyphenated unit.
    private static bool IsTight(ReadOnlySpan<NumberItem> items, int k)
    {
        var word = items[k].Word;
        if (word.Kind is WordKind.Hundred or WordKind.Multiplier && !word.CanDenominate)
        {
            var previous = items[k - 1].Word;
            return previous.Kind is WordKind.Unit or WordKind.Teen or WordKind.Ten or WordKind.Digits;
        }
        if (word.Kind == WordKind.Unit && k >= 2 && items[k - 1].Kind == WordKind.Hyphen)
            return items[k - 2].Kind == WordKind.Ten;
        return false;
    }
}
