namespace IntegrationBot.Ideas;

/// <summary>Turns a new idea into the stored record every store starts from: analysis and translation pending.</summary>
public static class IdeaRows
{
    public static Idea From(NewIdea idea, Guid id, string reference, DateTimeOffset now) => new()
    {
        Id = id,
        Reference = reference,
        Text = idea.Text,
        Language = idea.Language,
        Channel = idea.Channel,
        Author = idea.Author,
        // An anonymous idea keeps no way back to its author, even if the flow passed a name by mistake.
        AuthorName = idea.Author is null ? null : idea.AuthorName,
        AuthorContact = idea.Author is null ? null : idea.AuthorContact,
        Neighbourhood = idea.Neighbourhood,
        SuggestedField = idea.SuggestedField,
        Field = idea.Field,
        ConsentAt = idea.ConsentAt,
        SubmittedAt = now,
        UpdatedAt = now,
        Analysis = AnalysisState.Pending,
        Translation = TranslationState.Pending,
        NextAttemptAt = now,
        Status = IdeaStatus.New,
    };
}
