using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationBot.Recognizers.Number;

/// <summary>Finds and evaluates the digit literals of an utterance (see <see cref="DigitPatterns"/>).</summary>
internal static class DigitNumbers
{
    public static List<DigitSpan> Scan(string text, string language)
    {
        var spans = new List<DigitSpan>();
        if (!HasDigit(text))
            return spans;
        foreach (Match match in DigitPatterns.For(language).Matches(text))
        {
            if (RunsIntoUnit(text, match.Index + match.Length))
                continue;
            spans.Add(Evaluate(match));
        }
        foreach (Match match in DigitPatterns.Vulgar().Matches(text))
        {
            if (spans.Exists(s => s.Start < match.Index + match.Length && match.Index < s.End))
                continue;
            var value = CharUnicodeInfo.GetNumericValue(match.Groups["vulgar"].Value[0]);
            if (match.Groups["whole"].Success)
                value += Digits(match.Groups["whole"].ValueSpan);
            if (match.Groups["sign"].Success)
                value = -value;
            spans.Add(new DigitSpan(match.Index, match.Index + match.Length, value, false, "fraction"));
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static DigitSpan Evaluate(Match match)
    {
        var g = match.Groups;
        double value;
        string subtype;
        if (g["den"].Success)
        {
            value = Digits(g["num"].ValueSpan) / Digits(g["den"].ValueSpan);
            if (g["whole"].Success)
                value += Digits(g["whole"].ValueSpan);
            subtype = "fraction";
        }
        else
        {
            var integer = g["int"].Success ? Digits(g["int"].ValueSpan) : 0;
            value = g["frac"].Success ? integer + Fraction(g["frac"].ValueSpan) : integer;
            subtype = g["frac"].Success ? "decimal" : "integer";
            if (g["pow"].Success)
            {
                var exponent = g["pow"].ValueSpan;
                var minus = exponent.Count('-') % 2 == 1;
                var power = Digits(exponent.TrimStart("+-"));
                value = Math.Pow(value, minus ? -power : power);
                subtype = "power";
            }
            else if (g["exp"].Success)
            {
                var exponent = g["exp"].ValueSpan;
                var power = Digits(exponent.TrimStart("+-"));
                value *= Math.Pow(10, exponent[0] == '-' ? -power : power);
                subtype = "power";
            }
            if (g["sfx"].Success)
            {
                value *= Scale(g["sfx"].Value);
                subtype = NumberFormat.Subtype(value);
            }
        }
        if (g["sign"].Success)
            value = -value;
        var combinable = !g["den"].Success && !g["pow"].Success && !g["exp"].Success && !g["sfx"].Success && !g["sign"].Success;
        return new DigitSpan(match.Index, match.Index + match.Length, value, combinable, subtype);
    }

    // "180,25ml": a decimal part that runs into a unit makes the whole literal no number.
    private static bool RunsIntoUnit(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] is not ('.' or ',') || !char.IsDigit(text[end + 1]))
            return false;
        var p = end + 1;
        while (p < text.Length && char.IsDigit(text[p]))
            p++;
        return p < text.Length && char.IsLetter(text[p]);
    }

    private static double Scale(string suffix) => suffix switch
    {
        "k" or "K" => 1e3,
        "M" or "mln" => 1e6,
        "G" or "B" or "b" or "bln" or "mrd" or "Mrd" => 1e9,
        "T" or "tln" => 1e12,
        _ => 1,
    };

    /// <summary>The value of a digit run; separators and bidi marks in it are skipped, any script's digits count.</summary>
    public static double Digits(ReadOnlySpan<char> digits)
    {
        double value = 0;
        foreach (var c in digits)
        {
            var d = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (d >= 0)
                value = (value * 10) + d;
        }
        return value;
    }

    private static double Fraction(ReadOnlySpan<char> digits)
    {
        Span<char> buffer = stackalloc char[Math.Min(digits.Length, 60) + 2];
        buffer[0] = '0';
        buffer[1] = '.';
        var n = 2;
        foreach (var c in digits)
        {
            var d = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (d >= 0 && n < buffer.Length)
                buffer[n++] = (char)('0' + d);
        }
        return double.Parse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c) || c is >= '¼' and <= '¾' || c is >= '⅐' and <= '⅞')
                return true;
        }
        return false;
    }
}
