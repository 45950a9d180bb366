using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Ideas;

/// <summary>
/// An idea as the flow hands it over. <see cref="Key"/> makes a redelivered confirmation store the idea once; stores keep
/// only a hash of it, so an anonymous idea cannot be traced back to its conversation.
/// </summary>
public sealed record NewIdea
{
    public required RequestKey Key { get; init; }
    public required string Text { get; init; }
    public required string Language { get; init; }
    public required string Channel { get; init; }
    public required string Field { get; init; }
    public string? SuggestedField { get; init; }
    public string? Neighbourhood { get; init; }

    /// <summary>Null for an anonymous idea; then <see cref="AuthorName"/> and <see cref="AuthorContact"/> are null too.</summary>
    public ChannelUser? Author { get; init; }
    public string? AuthorName { get; init; }
    public string? AuthorContact { get; init; }
    public required DateTimeOffset ConsentAt { get; init; }
}
