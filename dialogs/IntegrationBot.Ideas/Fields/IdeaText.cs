namespace IntegrationBot.Ideas.Fields;

/// <summary>Word forms for matching idea texts (folded with <c>IntegrationBot.Recognizers.Text.TextFolding</c>).</summary>
public static class IdeaText
{
    // Conjunctions, prepositions and the article that Arabic writes onto the word ("وللأطفال" = "and for the children").
    private static readonly string[] ArabicArticles = ["ال", "بال", "لل", "كال", "فال"];

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
}
