using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Ideas;

/// <summary>The ideas as the conversation sees them: store first (analysis comes later), list and erase one's own.</summary>
public interface IIdeaStore
{
    /// <summary>
    /// Stores the idea with analysis and translation pending and returns it with its reference. A second call with the
    /// same <see cref="NewIdea.Key"/> returns the idea stored the first time.
    /// </summary>
    Task<Idea> AddAsync(NewIdea idea, CancellationToken cancellationToken);

    /// <summary>The author's named (non-anonymous) ideas, newest first.</summary>
    Task<IReadOnlyList<Idea>> ListByAuthorAsync(ChannelUser author, CancellationToken cancellationToken);

    /// <summary>Deletes every named idea of the author; returns how many.</summary>
    Task<int> EraseByAuthorAsync(ChannelUser author, CancellationToken cancellationToken);

    /// <summary>The most recent ideas (optionally of one Handlungsfeld), not rejected, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Idea>> ListRecentAsync(string? field, int limit, CancellationToken cancellationToken);
}
