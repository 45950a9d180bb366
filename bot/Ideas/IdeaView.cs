using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Review;

namespace IntegrationBot.Host.Ideas;

/// <summary>
/// An idea as coordinators see it: the original and what the job added (language, German text and whether a machine
/// wrote it, redacted text, key phrases), the review state, and the author only for named ideas.
/// </summary>
public sealed record IdeaView(
    Guid Id,
    string Reference,
    IdeaStatus Status,
    string Field,
    string? SuggestedField,
    string Channel,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    string Text,
    string Language,
    AnalysisState Analysis,
    string? DetectedLanguage,
    string? RedactedText,
    IReadOnlyList<string> KeyPhrases,
    TranslationState Translation,
    string? GermanText,
    bool MachineTranslated,
    string? Neighbourhood,
    bool Anonymous,
    IdeaAuthorView? Author,
    IReadOnlyList<string> Tags,
    string? Notes)
{
    public static IdeaView From(Idea idea)
    {
        ArgumentNullException.ThrowIfNull(idea);
        return new(idea.Id, idea.Reference, idea.Status, idea.Field, idea.SuggestedField, idea.Channel, idea.SubmittedAt, idea.UpdatedAt,
            idea.Text, idea.Language, idea.Analysis, idea.DetectedLanguage, idea.RedactedText, idea.KeyPhrases,
            idea.Translation, idea.GermanText, idea.MachineTranslated, idea.Neighbourhood, idea.IsAnonymous,
            idea.IsAnonymous ? null : new IdeaAuthorView(idea.AuthorName, idea.AuthorContact), idea.Tags, idea.Notes);
    }
}

/// <summary>Who wrote a named idea and how to reach them (only what they gave).</summary>
public sealed record IdeaAuthorView(string? Name, string? Contact);

public sealed record IdeaPageView(IReadOnlyList<IdeaView> Items, int Total, int Offset, int Limit)
{
    public static IdeaPageView From(IdeaPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new([.. page.Items.Select(IdeaView.From)], page.Total, page.Offset, page.Limit);
    }
}
