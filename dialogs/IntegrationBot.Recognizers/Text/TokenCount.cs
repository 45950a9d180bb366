using System.Globalization;

namespace IntegrationBot.Recognizers.Text;

/// <summary>
/// Counts word tokens the way choice scoring needs: runs of letters, marks and digits are one token each,
/// and every character outside the Basic Multilingual Plane (emoji, skin tones) is a token of its own.
/// </summary>
internal static class TokenCount
{
    public static int Of(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                count++;
                inWord = false;
                i++;
            }
            else if (IsWordChar(c))
            {
                if (!inWord)
                    count++;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }
        return count;
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
