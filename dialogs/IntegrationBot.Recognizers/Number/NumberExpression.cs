using System.Globalization;

namespace IntegrationBot.Recognizers.Number;

/// <summary>
/// Evaluates a whole written number: an optional minus word, then a fraction with a fraction word ("one over
/// three"), a whole number joined to a fraction ("twenty and three fifths", "un million et demi"), a decimal
/// ("zwei Komma drei"), a number with an added half ("dreieinhalb"), a written fraction, or a plain cardinal.
/// </summary>
internal static class NumberExpression
{
    public static bool TryEvaluate(ReadOnlySpan<NumberItem> items, NumberLanguage language, bool allowOver, out double value, out string subtype)
    {
        value = 0;
        subtype = "integer";
        while (items.Length > 0 && items[0].Word.Is(WordFlags.Prefix))
            items = items[1..];
        var sign = 1.0;
        if (items.Length > 0 && items[0].Kind == WordKind.Minus)
        {
            sign = -1;
            items = items[1..];
        }
        if (items.Length == 0)
            return false;
        if (!TryUnsigned(items, language, allowOver, out value, out subtype))
            return false;
        value *= sign;
        return true;
    }

    private static bool TryUnsigned(ReadOnlySpan<NumberItem> items, NumberLanguage language, bool allowOver, out double value, out string subtype)
    {
        subtype = "fraction";
        if ((allowOver && TryOver(items, language, out value)) || TryMixed(items, language, out value))
            return true;
        subtype = "decimal";
        if (TryDecimal(items, language, out value))
            return true;
        subtype = "fraction";
        if (TryAndHalf(items, language, out value))
            return true;
        if (Fractions.TryParse(items, language, out var fraction))
        {
            value = fraction.Value;
            return true;
        }
        if (items.Length == 1 && items[0].Word.Is(WordFlags.NoStandalone))
            return false;
        if (!Composition.TryCompose(items, language, OrdinalMode.None, out var cardinal) || cardinal.ArticleOnly)
            return false;
        value = cardinal.Value;
        subtype = NumberFormat.Subtype(value);
        return true;
    }

    // "one over three", "1 in twenty-one" (a proper fraction only), "جزء من مئة" (one part of a hundred).
    private static bool TryOver(ReadOnlySpan<NumberItem> items, NumberLanguage language, out double value)
    {
        value = 0;
        for (var o = 0; o < items.Length - 1; o++)
        {
            var over = items[o].Word;
            if (over.Kind != WordKind.Over)
                continue;
            double numerator;
            if (o == 0)
            {
                if (!over.Is(WordFlags.ImpliedOne))
                    return false;
                numerator = 1;
            }
            else if (Composition.TryCompose(items[..o], language, OrdinalMode.None, out var num) && !num.ArticleOnly)
            {
                numerator = num.Value;
            }
            else
            {
                return false;
            }
            if (!Composition.TryCompose(items[(o + 1)..], language, OrdinalMode.None, out var den) || den.Value == 0 || den.ArticleOnly)
                return false;
            if (over.Is(WordFlags.ProperOnly) && numerator >= den.Value)
                return false;
            value = numerator / den.Value;
            return true;
        }
        return false;
    }

    private static bool TryMixed(ReadOnlySpan<NumberItem> items, NumberLanguage language, out double value)
    {
        value = 0;
        for (var c = items.Length - 2; c >= 1; c--)
        {
            var separator = items[c].Word;
            if (!separator.Is(WordFlags.MixedSeparator))
                continue;
            if (!Composition.TryCompose(items[..c], language, OrdinalMode.None, out var whole) || whole.ArticleOnly)
                continue;
            var right = items[(c + 1)..];
            WrittenFraction fraction;
            if (Fractions.TryParse(right, language, out var parsed))
            {
                if (separator.Is(WordFlags.HalfOnly) && !parsed.IsHalf)
                    continue;
                if (!separator.Is(WordFlags.Improper) && parsed.Raw >= 1)
                    continue;
                fraction = parsed;
            }
            else if (separator.Is(WordFlags.Improper) && TryMixed(right, language, out var mixed))
            {
                fraction = new WrittenFraction(mixed, 0, false);
            }
            else
            {
                continue;
            }
            value = Combine(whole, fraction);
            return true;
        }
        return false;
    }

    // "five and a half million" scales both; "one billion and a quarter million" only the quarter;
    // "one million and a half" takes the scale the whole number ends on.
    private static double Combine(in Composed whole, in WrittenFraction fraction)
    {
        if (fraction.Scale > 0)
        {
            return whole.MaxScale < fraction.Scale
                ? (whole.Value + fraction.Raw) * fraction.Scale
                : whole.Value + (fraction.Raw * fraction.Scale);
        }
        return whole.Value + (fraction.Raw * whole.EndScale);
    }

    // "nine point nought four": the digits after the point are read one number at a time ("eleven" → 11).
    private static bool TryDecimal(ReadOnlySpan<NumberItem> items, NumberLanguage language, out double value)
    {
        value = 0;
        var p = -1;
        for (var i = 1; i < items.Length - 1; i++)
        {
            if (items[i].Kind == WordKind.Point)
            {
                p = i;
                break;
            }
        }
        if (p < 0 || !Composition.TryCompose(items[..p], language, OrdinalMode.None, out var whole) || whole.ArticleOnly)
            return false;
        Span<char> digits = stackalloc char[64];
        digits[0] = '0';
        digits[1] = '.';
        var length = 2;
        var position = p + 1;
        while (position < items.Length)
        {
            var end = items.Length;
            Composed part = default;
            while (end > position && !Composition.TryCompose(items[position..end], language, OrdinalMode.None, out part))
                end--;
            if (end == position || part.ArticleOnly || part.Value != Math.Floor(part.Value)
                || !part.Value.TryFormat(digits[length..], out var written, "F0", CultureInfo.InvariantCulture))
                return false;
            length += written;
            position = end;
        }
        value = whole.Value + double.Parse(digits[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    // "dreieinhalb Millionen", "bir buçuk"
    private static bool TryAndHalf(ReadOnlySpan<NumberItem> items, NumberLanguage language, out double value)
    {
        value = 0;
        var half = items.Length - 1;
        var scale = 0.0;
        if (half >= 1 && items[half].Word.Kind == WordKind.Multiplier && items[half - 1].Kind == WordKind.AndHalf)
        {
            scale = items[half].Word.Value;
            half--;
        }
        if (half < 1 || items[half].Kind != WordKind.AndHalf)
            return false;
        if (!Composition.TryCompose(items[..half], language, OrdinalMode.None, out var whole) || whole.ArticleOnly)
            return false;
        value = whole.Value + 0.5;
        if (scale > 0 && whole.MaxScale < scale)
            value *= scale;
        else if (scale > 0)
            return false;
        return true;
    }
}
