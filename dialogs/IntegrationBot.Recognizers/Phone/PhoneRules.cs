using System.Text.RegularExpressions;

namespace IntegrationBot.Recognizers.Phone;

/// <summary>
/// Decides whether a scanned digit run is a phone number: 7–15 digits (6 for a short number starting with 0),
/// not glued to letters or formula signs, not a date, a year range, a decimal or an account/card number.
/// A plain run without plus, parentheses or extension must also stand free of a hyphen before it.
/// </summary>
internal static partial class PhoneRules
{
    public static bool IsStart(string text, int i)
    {
        var c = text[i];
        if (i == 0)
            return c is '+' or '(' || char.IsAsciiDigit(c);
        var previous = text[i - 1];
        return c switch
        {
            '+' => !char.IsAsciiDigit(previous),
            '(' => !char.IsLetterOrDigit(previous),
            _ => char.IsAsciiDigit(c) && !char.IsLetterOrDigit(previous),
        };
    }

    public static bool Accept(string text, in PhoneCandidate candidate)
    {
        var digits = candidate.Digits;
        if (digits > 15 || digits < 6 || (digits == 6 && !(candidate.StartsWithZero && candidate.Groups == 1)))
            return false;
        if (candidate.HasSingleDigitDottedGroup && !candidate.HasPlus)
            return false;
        if (!FollowsCleanly(text, candidate.End) || !PrecededCleanly(text, candidate))
            return false;
        if (text[candidate.Start] == '+' && candidate.FirstSeparator == '-' && candidate.Groups >= 4 && candidate.AllGroupsAfterFirstHaveTwoDigits)
            return false;
        var span = text.AsSpan(candidate.Start, candidate.End - candidate.Start);
        if (DateOrYearRange().IsMatch(span) || LocalNumberStartingWithOne().IsMatch(span))
            return false;
        var windowStart = Math.Max(0, candidate.Start - 32);
        return !AccountContext().IsMatch(text.AsSpan(windowStart, candidate.Start - windowStart));
    }

    private static bool FollowsCleanly(string text, int end)
    {
        if (end >= text.Length)
            return true;
        var next = text[end];
        if (char.IsLetterOrDigit(next) || next is '%' or '=' or '*' or '+' or ')' or '_')
            return false;
        return !(next is '-' or '.' or '/' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));
    }

    private static bool PrecededCleanly(string text, in PhoneCandidate candidate)
    {
        var start = candidate.Start;
        if (start == 0)
            return true;
        var previous = text[start - 1];
        if (previous is not ('-' or '.' or '/' or '+'))
            return true;
        if (previous == '-' && !candidate.IsStrong)
            return false;
        if (start < 2)
            return true;
        var before = text[start - 2];
        return !char.IsAsciiDigit(before) && (candidate.IsStrong || !char.IsLetter(before));
    }

    [GeneratedRegex(@"^(?:\d{1,2}([/.-])\d{1,2}\1\d{2,4}|(?:19|20)\d\d[/-](?:19|20)\d\d)$")]
    private static partial Regex DateOrYearRange();

    // North American local numbers never start with 1 (112-3333 is not one).
    [GeneratedRegex(@"^1\d\d-\d{4}$")]
    private static partial Regex LocalNumberStartingWithOne();

    [GeneratedRegex(@"(?i)\b(?:account|acct|konto|kontonummer|conta|cuenta|compte|card|cartão|cartao|tarjeta|carte|iban|visa|mastercard|discover|amex|no\.|nr\.|omb)\b[^\n]*$")]
    private static partial Regex AccountContext();
}
