namespace IntegrationBot.Recognizers.Phone;

/// <summary>
/// Reads the longest run of digit groups from a start position: "+49 (0) 176/ 1234-5678 ext 12". Groups are
/// digits or a parenthesised code; between them stands at most one separator (space, '-', '.', '/'),
/// optionally spaced. Whether the run is a phone number is <see cref="PhoneRules"/>' call.
/// </summary>
internal static class PhoneScanner
{
    public static bool TryScan(string text, int start, out PhoneCandidate candidate)
    {
        candidate = new PhoneCandidate { Start = start, AllSeparatorsAlike = true, AllGroupsAfterFirstHaveTwoDigits = true };
        var pos = start;
        if (text[pos] == '+')
        {
            candidate.HasPlus = true;
            pos++;
            if (pos < text.Length && IsSpace(text[pos]))
                pos++;
        }

        var lastSeparator = '\0';
        while (true)
        {
            var groupStart = pos;
            if (!TryGroup(text, ref pos, ref candidate, out var digits))
            {
                if (candidate.Groups == 0)
                {
                    candidate.End = Math.Max(start + 1, pos);
                    return false;
                }
                break;
            }
            if (candidate.Groups == 0)
            {
                candidate.FirstGroupDigits = digits;
                candidate.StartsWithZero = text[groupStart] == '0' || (text[groupStart] == '(' && FirstDigit(text, groupStart) == '0');
            }
            else if (digits != 2)
            {
                candidate.AllGroupsAfterFirstHaveTwoDigits = false;
            }
            if (lastSeparator == '.' && digits == 1)
                candidate.HasSingleDigitDottedGroup = true;
            candidate.Groups++;
            candidate.Digits += digits;
            candidate.LastGroupDigits = digits;
            candidate.End = pos;

            if (!TrySeparator(text, pos, out var next, out var separator))
                break;
            if (separator == '.' && digits == 1)
                candidate.HasSingleDigitDottedGroup = true;
            if (separator != '\0')
            {
                if (candidate.FirstSeparator == '\0')
                    candidate.FirstSeparator = separator;
                else if (candidate.FirstSeparator != separator)
                    candidate.AllSeparatorsAlike = false;
            }
            lastSeparator = separator;
            pos = next;
        }
        ScanExtension(text, ref candidate);
        return true;
    }

    private static bool TryGroup(string text, ref int pos, ref PhoneCandidate candidate, out int digits)
    {
        digits = 0;
        if (pos >= text.Length)
            return false;
        if (text[pos] == '(')
        {
            var p = pos + 1;
            if (p < text.Length && IsSpace(text[p]))
                p++;
            if (p < text.Length && text[p] == '+')
            {
                candidate.HasPlus = true;
                p++;
            }
            var d = CountDigits(text, p);
            p += d;
            if (p < text.Length && IsSpace(text[p]))
                p++;
            if (d == 0 || d > 5 || p >= text.Length || text[p] != ')')
                return false;
            candidate.HasParentheses = true;
            digits = d;
            pos = p + 1;
            return true;
        }
        digits = CountDigits(text, pos);
        pos += digits;
        return digits > 0;
    }

    // A separator is only taken when a group follows it; groups may touch after or before a parenthesis.
    private static bool TrySeparator(string text, int pos, out int next, out char separator)
    {
        next = pos;
        separator = '\0';
        if (pos >= text.Length)
            return false;
        if (text[pos] == '(' || (text[pos - 1] == ')' && char.IsAsciiDigit(text[pos])))
            return true;
        var p = pos;
        var spaced = false;
        if (IsSpace(text[p]))
        {
            spaced = true;
            p++;
        }
        if (p < text.Length && text[p] is '-' or '.' or '/')
        {
            if (spaced && text[p] == '.')
                return false;
            separator = text[p];
            p++;
            if (p < text.Length && IsSpace(text[p]))
                p++;
        }
        else if (spaced)
        {
            separator = ' ';
        }
        else
        {
            return false;
        }
        if (p >= text.Length || !(char.IsAsciiDigit(text[p]) || text[p] == '('))
            return false;
        next = p;
        return true;
    }

    private static void ScanExtension(string text, ref PhoneCandidate candidate)
    {
        var p = candidate.End;
        if (p < text.Length && IsSpace(text[p]))
            p++;
        if (p < text.Length && text[p] is 'x' or 'X')
        {
            p++;
        }
        else if (p + 2 < text.Length && text.AsSpan(p, 3).Equals("ext", StringComparison.OrdinalIgnoreCase))
        {
            p += 3;
            if (p < text.Length && text[p] == '.')
                p++;
        }
        else
        {
            return;
        }
        if (p < text.Length && IsSpace(text[p]))
            p++;
        var digits = CountDigits(text, p);
        if (digits is 0 or > 6)
            return;
        candidate.HasExtension = true;
        candidate.End = p + digits;
    }

    private static char FirstDigit(string text, int pos)
    {
        for (var i = pos; i < text.Length && i < pos + 4; i++)
        {
            if (char.IsAsciiDigit(text[i]))
                return text[i];
        }
        return '\0';
    }

    private static int CountDigits(string text, int pos)
    {
        var p = pos;
        while (p < text.Length && char.IsAsciiDigit(text[p]))
            p++;
        return p - pos;
    }

    public static bool IsSpace(char c) => c is ' ' or '\u00a0' or '\u202f';
}
