using IntegrationBot.Ideas.Review;

namespace IntegrationBot.Storage.Ideas;

/// <summary>The SET list of a coordinator's review: only the parts the review changes, and always the update time.</summary>
internal static class IdeaReviewSql
{
    public static (string Set, List<(string Name, object? Value)> Parameters) Set(IdeaReview review, object now, Func<IReadOnlyList<string>, object> tags)
    {
        var set = new List<string> { "updated_at = @now" };
        var parameters = new List<(string, object?)> { ("now", now) };
        if (review.Status is { } status)
        {
            set.Add("status = @status");
            parameters.Add(("status", status.ToString()));
        }
        if (review.Field is { } field)
        {
            set.Add("field = @field");
            parameters.Add(("field", field));
        }
        if (review.Tags is { } list)
        {
            set.Add("tags = @tags");
            parameters.Add(("tags", tags(list)));
        }
        if (review.Notes is { } notes)
        {
            set.Add("notes = @notes");
            parameters.Add(("notes", notes.Length == 0 ? null : notes));
        }
        return (string.Join(", ", set), parameters);
    }
}
