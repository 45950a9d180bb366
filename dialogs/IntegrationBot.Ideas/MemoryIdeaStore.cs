using IntegrationBot.Domain.Registrations;

namespace IntegrationBot.Ideas;

/// <summary>Ideas in process memory (the <c>Memory</c> storage provider and flow tests).</summary>
public sealed class MemoryIdeaStore(TimeProvider time, BookingCodes codes) : IIdeaStore
{
    private readonly Lock _gate = new();
    private readonly List<Idea> _ideas = [];
    private readonly Dictionary<string, Guid> _requests = new(StringComparer.Ordinal);

    public Task<Idea> AddAsync(NewIdea idea, CancellationToken cancellationToken)
    {
        var hash = IdeaReferences.HashOf(idea.Key);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_requests.TryGetValue(hash, out var existing))
                return Task.FromResult(_ideas.First(i => i.Id == existing));

            string reference;
            do
                reference = codes.Next();
            while (_ideas.Any(i => i.Reference == reference));
            var stored = IdeaRows.From(idea, Guid.CreateVersion7(now), reference, now);
            _ideas.Add(stored);
            _requests[hash] = stored.Id;
            return Task.FromResult(stored);
        }
    }

    public Task<IReadOnlyList<Idea>> ListByAuthorAsync(ChannelUser author, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<Idea>>([.. _ideas.Where(i => i.Author == author).OrderByDescending(i => i.SubmittedAt)]);
    }

    public Task<int> EraseByAuthorAsync(ChannelUser author, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_ideas.RemoveAll(i => i.Author == author));
    }

    public Task<IReadOnlyList<Idea>> ListRecentAsync(string? field, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Idea>>([.. _ideas
                .Where(i => i.Status != IdeaStatus.Rejected && (field is null || i.Field == field))
                .OrderByDescending(i => i.SubmittedAt)
                .Take(limit)]);
        }
    }
}
