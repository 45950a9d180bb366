using IntegrationBot.Domain.Registrations;
using IntegrationBot.Testing;

namespace IntegrationBot.Ideas.Tests;

public sealed class MemoryIdeaStoreTests
{
    private static readonly ChannelUser Amina = new("webchat", "u-amina");

    private readonly MemoryIdeaStore _store = new(new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)), new BookingCodes());

    [Fact]
    public async Task A_redelivered_idea_is_stored_once()
    {
        var idea = NewIdea("a1", Amina);

        var first = await _store.AddAsync(idea, TestContext.Current.CancellationToken);
        var second = await _store.AddAsync(idea, TestContext.Current.CancellationToken);

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await _store.ListRecentAsync(null, 10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_anonymous_idea_keeps_no_name_or_contact()
    {
        var stored = await _store.AddAsync(NewIdea("a2", author: null) with { AuthorName = "Amina", AuthorContact = "a@example.org" }, TestContext.Current.CancellationToken);

        Assert.True(stored.IsAnonymous);
        Assert.Null(stored.AuthorName);
        Assert.Null(stored.AuthorContact);
    }

    [Fact]
    public async Task Erasing_an_author_removes_only_their_named_ideas()
    {
        await _store.AddAsync(NewIdea("b1", Amina), TestContext.Current.CancellationToken);
        await _store.AddAsync(NewIdea("b2", author: null), TestContext.Current.CancellationToken);

        Assert.Equal(1, await _store.EraseByAuthorAsync(Amina, TestContext.Current.CancellationToken));
        Assert.Empty(await _store.ListByAuthorAsync(Amina, TestContext.Current.CancellationToken));
        Assert.Single(await _store.ListRecentAsync(null, 10, TestContext.Current.CancellationToken));
    }

    private static NewIdea NewIdea(string activityId, ChannelUser? author) => new()
    {
        Key = new RequestKey("webchat", "c1", activityId),
        Text = "Mehr Sprachkurse am Abend",
        Language = "de",
        Channel = "webchat",
        Field = "bildung-sprachen",
        Author = author,
        AuthorName = author is null ? null : "Amina",
        ConsentAt = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero),
    };
}
