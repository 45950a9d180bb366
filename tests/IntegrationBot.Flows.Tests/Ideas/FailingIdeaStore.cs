using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;

namespace IntegrationBot.Flows.Tests.Ideas;

/// <summary>
/// An idea store that fails the next <see cref="IIdeaStore.AddAsync"/> on demand: before writing (the database is
/// down) or after writing (the write committed, the answer was lost).
/// </summary>
internal sealed class FailingIdeaStore
{
    public enum Failure
    {
        None,
        BeforeWrite,
        AfterWrite,
    }

    public Failure Next { get; set; }

    public int Calls { get; private set; }

    public IIdeaStore Over(IIdeaStore inner) => new Store(this, inner);

    private sealed class Store(FailingIdeaStore failing, IIdeaStore inner) : IIdeaStore
    {
        public async Task<Idea> AddAsync(NewIdea idea, CancellationToken cancellationToken)
        {
            failing.Calls++;
            var failure = failing.Next;
            failing.Next = Failure.None;
            if (failure == Failure.BeforeWrite)
                throw new InvalidOperationException("The idea database is down (test).");
            var stored = await inner.AddAsync(idea, cancellationToken);
            if (failure == Failure.AfterWrite)
                throw new TimeoutException("The answer of the idea database was lost (test).");
            return stored;
        }

        public Task<IReadOnlyList<Idea>> ListByAuthorAsync(ChannelUser author, CancellationToken cancellationToken) => inner.ListByAuthorAsync(author, cancellationToken);

        public Task<int> EraseByAuthorAsync(ChannelUser author, CancellationToken cancellationToken) => inner.EraseByAuthorAsync(author, cancellationToken);

        public Task<IReadOnlyList<Idea>> ListRecentAsync(string? field, int limit, CancellationToken cancellationToken) => inner.ListRecentAsync(field, limit, cancellationToken);
    }
}
