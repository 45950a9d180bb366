namespace IntegrationBot.Recognizers.Number;

/// <summary>Whether and where ordinal morphemes may stand in a composed number.</summary>
internal enum OrdinalMode : byte
{
    None,        // a cardinal: no ordinal or fraction word at all
    Denominator, // the last morpheme names a denominator ("fifths", "Drittel", "avos")
    Ordinal,     // the last morpheme is an ordinal ("twenty-fifth")
    Chain,       // from the first ordinal on, all are ordinals ("cuadragésimo séptimo")
}

/// <summary>A composed number and what the fraction rules need to know about its shape.</summary>
internal readonly record struct Composed(
    double Value,
    double MaxScale,
    double EndScale,
    double Small,
    bool HasLargerPart,
    bool AllDigits,
    bool ArticleOnly,
    int Count,
    NumberWord First,
    NumberWord Last);

/// <summary>Feeds items to a <see cref="CardinalComposer"/>, handling connectors, hyphens and ordinal tails.</summary>
internal static class Composition
{
    public static bool TryCompose(ReadOnlySpan<NumberItem> items, NumberLanguage language, OrdinalMode mode, out Composed result)
    {
        result = default;
        var composer = new CardinalComposer(language);
        var connector = false;
        var hyphen = false;
        var inOrdinal = false;
        var allDigits = true;
        var articleOnly = false;
        NumberWord first = default, last = default;
        for (var i = 0; i < items.Length; i++)
        {
            var word = items[i].Word;
            if (word.Is(WordFlags.Prefix) && composer.Count == 0)
                continue;
            if (word.Kind == WordKind.Connector)
            {
                if (composer.Count == 0 || connector || hyphen)
                    return false;
                connector = true;
                continue;
            }
            if (word.Kind == WordKind.Hyphen)
            {
                if (composer.Count == 0 || connector || hyphen)
                    return false;
                hyphen = true;
                continue;
            }
            var isLast = i == items.Length - 1;
            if (!Allowed(word, mode, isLast, ref inOrdinal))
                return false;
            if (word.Kind == WordKind.Avos)
            {
                if (!isLast || composer.Count == 0)
                    return false;
                last = word;
                break;
            }
            if (!composer.TryAdd(word, connector))
                return false;
            if (composer.Count == 1)
            {
                first = word;
                articleOnly = word.Is(WordFlags.Article);
            }
            else
            {
                articleOnly = false;
            }
            allDigits &= word.Kind == WordKind.Digits;
            last = word;
            connector = false;
            hyphen = false;
        }
        if (connector || hyphen || composer.Count == 0)
            return false;
        if (mode != OrdinalMode.None && !inOrdinal && last.Kind != WordKind.Avos)
            return false;
        if (!composer.IsComplete && !articleOnly)
            return false;
        var (small, larger) = composer.Tail;
        result = new Composed(composer.Value, composer.MaxScale, composer.EndScale, small, larger, allDigits,
            articleOnly, composer.Count, first, last);
        return true;
    }

    private static bool Allowed(in NumberWord word, OrdinalMode mode, bool isLast, ref bool inOrdinal)
    {
        var special = (word.IsOrdinal || word.Is(WordFlags.Fraction) || word.Kind == WordKind.Avos) && !word.Is(WordFlags.AlsoCardinal);
        switch (mode)
        {
            case OrdinalMode.None:
                return !special && word.Kind is not (WordKind.Minus or WordKind.Point or WordKind.Over
                    or WordKind.AndHalf or WordKind.Literal or WordKind.Of);
            case OrdinalMode.Denominator:
                if (!isLast)
                    return !special && IsCardinal(word);
                inOrdinal = word.CanDenominate;
                return inOrdinal;
            case OrdinalMode.Ordinal:
                if (!isLast)
                    return !special && IsCardinal(word);
                inOrdinal = word.IsOrdinal && !word.Is(WordFlags.NotOrdinal);
                return inOrdinal;
            default:
                var ordinal = word.IsOrdinal && !word.Is(WordFlags.NotOrdinal);
                if (inOrdinal && !ordinal)
                    return false;
                if (ordinal)
                {
                    inOrdinal = true;
                    return true;
                }
                return !special && IsCardinal(word) && (!isLast || inOrdinal);
        }
    }

    private static bool IsCardinal(in NumberWord word) => word.Kind is WordKind.Zero or WordKind.Unit or WordKind.Teen
        or WordKind.Ten or WordKind.TeenTen or WordKind.Hundred or WordKind.Hundreds or WordKind.Multiplier
        or WordKind.Dozen or WordKind.Digits;
}
