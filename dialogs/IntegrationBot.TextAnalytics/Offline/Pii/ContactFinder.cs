using System.Text.RegularExpressions;

namespace IntegrationBot.TextAnalytics.Offline.Pii;

/// <summary>E-mail addresses and telephone numbers.</summary>
internal static class ContactFinder
{
    // E.164 allows at most 15 digits; fewer than 7 is a year, a postcode, an amount or an extension.
    private const int MinPhoneDigits = 7;
    private const int MaxPhoneDigits = 15;

    public static void FindEmails(string text, List<PiiEntity> found)
    {
        foreach (var match in PiiPatterns.Email().EnumerateMatches(text))
        {
            found.Add(new PiiEntity(PiiCategories.Email, match.Index, match.Length));
        }
    }

    public static void FindPhones(string text, List<PiiEntity> found)
    {
        foreach (Match match in PiiPatterns.Phone().Matches(text))
        {
            AddPhone(text, match.Index, match.Length, found);
        }

        foreach (Match match in PiiPatterns.PhoneAfterCue().Matches(text))
        {
            var number = match.Groups["number"];
            AddPhone(text, number.Index, number.Length, found);
        }
    }

    private static void AddPhone(string text, int index, int length, List<PiiEntity> found)
    {
        var span = text.AsSpan(index, length).TrimEnd(" -/.");
        var digits = 0;
        foreach (var c in span)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        if (digits is < MinPhoneDigits or > MaxPhoneDigits || PiiPatterns.Date().IsMatch(span))
        {
            return;
        }

        // "(0251) 4927000" keeps its bracket; an opening bracket that is never closed belongs to the sentence.
        if (span[0] == '(' && !span.Contains(')'))
        {
            index++;
            span = span[1..];
        }

        found.Add(new PiiEntity(PiiCategories.PhoneNumber, index, span.Length));
    }
}
