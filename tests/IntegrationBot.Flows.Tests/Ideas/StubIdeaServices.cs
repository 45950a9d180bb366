using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Fields;
using IntegrationBot.Ideas.Similarity;

namespace IntegrationBot.Flows.Tests.Ideas;

// TEMPORARY until branch ideas-fields lands: the transcripts' idea texts mapped to their obvious field, and "similar"
// meaning "same field".
internal sealed class StubFieldSuggester : IFieldSuggester
{
    private static readonly string[] Languages = ["de", "en", "ar", "tr", "uk", "ru", "fa", "nl"];

    public IReadOnlyList<FieldSuggestion> Suggest(string text, string? language)
    {
        if (Languages.Any(l => text.StartsWith(IdeaWorld.LanguageCourseIdea(l), StringComparison.Ordinal)))
            return [new FieldSuggestion(IdeaWorld.Education, 0.9)];
        if (Languages.Any(l => text.StartsWith(IdeaWorld.FootballIdea(l), StringComparison.Ordinal)))
            return [new FieldSuggestion(IdeaWorld.Sport, 0.9)];
        return [];
    }
}

internal sealed class StubSimilarIdeas(IIdeaStore store) : ISimilarIdeas
{
    public Task<IReadOnlyList<Idea>> FindAsync(string text, string? language, string? field, int max, CancellationToken cancellationToken) =>
        store.ListRecentAsync(field, max, cancellationToken);
}
