using System.Globalization;
using System.Text;

namespace IntegrationBot.Contacts.Topics;

/// <summary>
/// Folds free text and lexicon terms to the same comparable form, script by script: lower case without accents,
/// German umlauts and their ae/oe/ue spellings alike, Arabic and Persian letter variants unified, diacritics,
/// tatweel and zero-width joiners dropped. Both sides go through here, so the folding only has to be consistent.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || raw == '\u0640')
                continue;
            builder.Append(Unify(char.ToLowerInvariant(raw)));
        }
        return builder.Replace("ß", "ss").Replace("ae", "a").Replace("oe", "o").Replace("ue", "u").ToString();
    }

    /// <summary>Splits folded text into tokens (letters and digits); everything else separates.</summary>
    public static List<string> Tokens(string folded)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
                start = i;
            else if (!isWordChar && start >= 0)
            {
                tokens.Add(folded[start..i]);
                start = -1;
            }
        }
        return tokens;
    }

    public static bool IsArabicScript(string token) => token.Length > 0 && token[0] is >= '\u0600' and <= '\u06FF';

    private static char Unify(char c) => c switch
    {
        'ı' => 'i',
        'ё' => 'е',
        'ة' => 'ه',
        'ى' or 'ی' => 'ي',
        'ک' => 'ك',
        'ٱ' => 'ا',
        _ => c,
    };
}
