namespace IntegrationBot.Ideas.Review;

/// <summary>The meaning of <see cref="IdeaQuery"/> in code (the in-memory store; the SQL stores say the same in SQL).</summary>
public static class IdeaFilter
{
    public static bool Matches(Idea idea, IdeaQuery query)
    {
        ArgumentNullException.ThrowIfNull(idea);
        ArgumentNullException.ThrowIfNull(query);
        return (query.Status is null || idea.Status == query.Status)
            && (query.Field is null || idea.Field == query.Field)
            && (query.Language is null || idea.Language == query.Language || idea.DetectedLanguage == query.Language)
            && (query.From is null || idea.SubmittedAt >= query.From)
            && (query.To is null || idea.SubmittedAt < query.To)
            && (string.IsNullOrEmpty(query.Text) || Contains(idea.Text, query.Text) || Contains(idea.GermanText, query.Text));
    }

    /// <summary>The search text as the stores compare it: lower-cased without regard to culture.</summary>
    public static string Fold(string text) => text.ToLowerInvariant();

    private static bool Contains(string? text, string search) =>
        text is not null && Fold(text).Contains(Fold(search), StringComparison.Ordinal);
}
