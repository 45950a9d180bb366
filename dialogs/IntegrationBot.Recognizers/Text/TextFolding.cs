using System.Globalization;
using System.Text;

namespace IntegrationBot.Recognizers.Text;

/// <summary>
/// Folds free text and lexicon terms to one comparable form, script by script: lower case without accents (ä = a =
/// ae, ß = ss), Turkish dotless i, Cyrillic ё/е and ї/і, Arabic and Persian letter variants (ي/ی, ك/ک, ة/ه, hamza
/// seats) unified, tatweel and zero-width (non-)joiners dropped so Persian "کلاس‌ها" and "کلاسها" fold alike. The
/// contact finder and the Handlungsfeld suggestion both match texts against their lexicons through here; both sides
/// go through the same folding, so it only has to be consistent, not linguistically exact.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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
        ArgumentNullException.ThrowIfNull(folded);
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

    public static bool IsArabicScript(string token) => token is [>= '\u0600' and <= '\u06FF', ..];

    private static char Unify(char c) => c switch
    {
        'ı' => 'i',
        'ё' => 'е',
        'ї' => 'і',
        'ة' or 'ۀ' => 'ه',
        'ى' or 'ی' => 'ي',
        'ک' => 'ك',
        'ٱ' => 'ا',
        _ => c,
    };
}
