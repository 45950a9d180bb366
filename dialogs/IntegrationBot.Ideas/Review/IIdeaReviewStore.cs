namespace IntegrationBot.Ideas.Review;

/// <summary>What coordinators do with ideas: search them, read one, and record their review.</summary>
public interface IIdeaReviewStore
{
    /// <summary>The ideas matching <paramref name="query"/>, newest first, one page of them with the total count.</summary>
    Task<IdeaPage> QueryAsync(IdeaQuery query, CancellationToken cancellationToken);

    Task<Idea?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Applies the review's non-null parts; the updated idea, or null when there is no idea with this id.</summary>
    Task<Idea?> UpdateReviewAsync(Guid id, IdeaReview review, CancellationToken cancellationToken);
}

/// <summary>
/// Filters for the coordinators' list and exports; null means "any". <see cref="Language"/> matches the conversation's
/// or the detected language; <see cref="Text"/> is a case-insensitive substring of the original or the German text;
/// <see cref="From"/> is inclusive and <see cref="To"/> exclusive (submission time).
/// </summary>
public sealed record IdeaQuery
{
    public const int MaxLimit = 500;

    public IdeaStatus? Status { get; init; }
    public string? Field { get; init; }
    public string? Language { get; init; }
    public string? Text { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public int Offset { get; init; }

    /// <summary>Page size, 1 to <see cref="MaxLimit"/>. The default is 50.</summary>
    public int Limit { get; init; } = 50;
}

public sealed record IdeaPage(IReadOnlyList<Idea> Items, int Total, int Offset, int Limit);

/// <summary>A coordinator's change; null parts stay as they are. An empty <see cref="Notes"/> clears the notes.</summary>
public sealed record IdeaReview(IdeaStatus? Status = null, string? Field = null, IReadOnlyList<string>? Tags = null, string? Notes = null);
