using System.Globalization;
using System.Text;

namespace IntegrationBot.Ideas.Fields;

/// <summary>
/// Folds idea texts and lexicon terms to one comparable form: lower case without accents (ä = a = ae), Turkish
/// dotless i, Cyrillic ё/е, Arabic and Persian letter variants (ي/ی, ك/ک, ة/ه, hamza seats) unified, tatweel and
/// zero-width (non-)joiners dropped so Persian "کلاس‌ها" and "کلاسها" fold alike.
/// </summary>
/// <remarks>
/// The contact finder has the same idea in <c>IntegrationBot.Contacts.Topics.TextFolding</c>; it is not referenced
/// because Ideas must not depend on another feature's assembly, and this one also yields the Arabic-script word forms
/// both the classifier and the similarity search need. Both sides (terms, text) go through here, so it only has to
/// be consistent, not linguistically exact.
/// </remarks>
public static class IdeaText
{
    // Conjunctions, prepositions and the article that Arabic writes onto the word ("وللأطفال" = "and for the children").
    private static readonly string[] ArabicArticles = ["ال", "بال", "لل", "كال", "فال"];

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

    /// <summary>The token itself and, in Arabic script, the token without a leading conjunction, preposition or article.</summary>
    public static List<string> Forms(string token)
    {
        var forms = new List<string>(3) { token };
        if (token.Length == 0 || token[0] is < '\u0600' or > '\u06FF')
            return forms;
        var rest = token;
        if (rest.Length > 3 && rest[0] is 'و' or 'ف')
        {
            rest = rest[1..];
            forms.Add(rest);
        }
        foreach (var article in ArabicArticles)
        {
            if (rest.StartsWith(article, StringComparison.Ordinal) && rest.Length - article.Length >= 2)
                forms.Add(rest[article.Length..]);
        }
        if (rest.Length > 3 && rest[0] is 'ب' or 'ل')
            forms.Add(rest[1..]);
        return forms;
    }

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
