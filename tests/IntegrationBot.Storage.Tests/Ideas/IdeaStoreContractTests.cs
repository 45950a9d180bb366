using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Testing;
using static IntegrationBot.Storage.Tests.Ideas.IdeaTestData;

namespace IntegrationBot.Storage.Tests.Ideas;

/// <summary>What every idea store promises (memory, SQLite, PostgreSQL): storing, the author's view, and the job's queue.</summary>
public abstract partial class IdeaStoreContractTests : IAsyncLifetime
{
    private IdeaStoreUnderTest? _store;

    protected ManualTimeProvider Time { get; } = new(Now);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected IdeaStoreUnderTest Store => _store!;

    protected abstract ValueTask<IdeaStoreUnderTest> OpenAsync();

    public async ValueTask InitializeAsync() => _store = await OpenAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_store?.Owner is { } owner)
            await owner.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_stored_idea_round_trips_with_its_fields_and_waits_for_processing()
    {
        var stored = await Store.Ideas.AddAsync(Idea("a1", Amina), Ct);

        var read = (await Store.Review.GetAsync(stored.Id, Ct))!;

        Assert.Equal(stored, read with { KeyPhrases = stored.KeyPhrases, Tags = stored.Tags });
        Assert.Empty(read.KeyPhrases);
        Assert.Equal(("Mehr Sprachkurse am Abend", "Amina K.", "amina@example.org", Amina), (read.Text, read.AuthorName, read.AuthorContact, read.Author));
        Assert.Equal((AnalysisState.Pending, TranslationState.Pending, IdeaStatus.New, Now), (read.Analysis, read.Translation, read.Status, read.NextAttemptAt));
        Assert.Equal(Now.AddMinutes(-2), read.ConsentAt);
        Assert.Equal(6, read.Reference.Length);
    }

    [Fact]
    public async Task A_redelivered_idea_is_stored_once()
    {
        var first = await Store.Ideas.AddAsync(Idea("a1", Amina), Ct);
        Time.Advance(TimeSpan.FromSeconds(15));
        var again = await Store.Ideas.AddAsync(Idea("a1", Amina), Ct);

        Assert.Equal(first, again with { KeyPhrases = first.KeyPhrases, Tags = first.Tags });
        Assert.Equal(1, (await Store.Review.QueryAsync(new(), Ct)).Total);
    }

    [Fact]
    public async Task Concurrent_duplicates_store_one_idea_and_all_return_it()
    {
        var ideas = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Store.Ideas.AddAsync(Idea("same"), Ct), Ct)));

        Assert.Single(ideas.Select(i => i.Id).Distinct());
        Assert.Equal(1, (await Store.Review.QueryAsync(new(), Ct)).Total);
    }

    [Fact]
    public async Task An_anonymous_idea_keeps_no_author_name_or_contact()
    {
        var stored = await Store.Ideas.AddAsync(Idea("a2") with { AuthorName = "Amina", AuthorContact = "a@example.org" }, Ct);

        var read = (await Store.Review.GetAsync(stored.Id, Ct))!;
        Assert.True(read.IsAnonymous);
        Assert.Null(read.AuthorName);
        Assert.Null(read.AuthorContact);
    }

    [Fact]
    public async Task Erasing_an_author_removes_their_named_ideas_and_keeps_anonymous_ones()
    {
        await Store.Ideas.AddAsync(Idea("e1", Amina), Ct);
        await Store.Ideas.AddAsync(Idea("e2", Amina, text: "Sportplatz offen halten"), Ct);
        var anonymous = await Store.Ideas.AddAsync(Idea("e3"), Ct);
        await Store.Ideas.AddAsync(Idea("e4", Amina with { UserId = "u-other" }), Ct);

        Assert.Equal(2, (await Store.Ideas.ListByAuthorAsync(Amina, Ct)).Count);
        Assert.Equal(2, await Store.Ideas.EraseByAuthorAsync(Amina, Ct));

        Assert.Empty(await Store.Ideas.ListByAuthorAsync(Amina, Ct));
        var left = await Store.Ideas.ListRecentAsync(null, 10, Ct);
        Assert.Equal(2, left.Count);
        Assert.Contains(left, i => i.Id == anonymous.Id);
    }

    [Fact]
    public async Task Recent_ideas_are_newest_first_per_field_without_rejected_ones()
    {
        var older = await Store.Ideas.AddAsync(Idea("r1"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        var newer = await Store.Ideas.AddAsync(Idea("r2"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.Ideas.AddAsync(Idea("r3", field: "wohnen"), Ct);
        var rejected = await Store.Ideas.AddAsync(Idea("r4"), Ct);
        await Store.Review.UpdateReviewAsync(rejected.Id, new(Status: IdeaStatus.Rejected), Ct);

        Assert.Equal([newer.Id, older.Id], (await Store.Ideas.ListRecentAsync("bildung-sprachen", 10, Ct)).Select(i => i.Id));
        Assert.Single(await Store.Ideas.ListRecentAsync("bildung-sprachen", 1, Ct));
        Assert.Equal(3, (await Store.Ideas.ListRecentAsync(null, 10, Ct)).Count);
    }

    [Fact]
    public async Task A_claimed_idea_is_not_claimed_again_until_its_lease_ends()
    {
        var idea = await Store.Ideas.AddAsync(Idea("c1"), Ct);

        Assert.Equal([idea.Id], (await Store.Processing.ClaimDueAsync(Now, 10, TimeSpan.FromMinutes(5), Ct)).Select(i => i.Id));
        Assert.Empty(await Store.Processing.ClaimDueAsync(Now.AddMinutes(4), 10, TimeSpan.FromMinutes(5), Ct));
        Assert.Single(await Store.Processing.ClaimDueAsync(Now.AddMinutes(5), 10, TimeSpan.FromMinutes(5), Ct));
    }

    [Fact]
    public async Task Claims_take_the_oldest_due_ideas_first_and_at_most_max()
    {
        var first = await Store.Ideas.AddAsync(Idea("d1"), Ct);
        Time.Advance(TimeSpan.FromSeconds(1));
        var second = await Store.Ideas.AddAsync(Idea("d2"), Ct);
        Time.Advance(TimeSpan.FromSeconds(1));
        await Store.Ideas.AddAsync(Idea("d3"), Ct);

        var claimed = await Store.Processing.ClaimDueAsync(Time.GetUtcNow(), 2, TimeSpan.FromMinutes(5), Ct);

        Assert.Equal([first.Id, second.Id], claimed.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task A_completed_idea_leaves_the_queue_with_its_analysis_and_translation()
    {
        var idea = await Store.Ideas.AddAsync(Idea("p1", text: "More evening language courses", language: "en"), Ct);

        Assert.True(await Store.Processing.SaveAnalysisAsync(idea.Id, new IdeaAnalysis(AnalysisState.Done, "en", ["language courses", "evening"], "More evening language courses"), Ct));
        Assert.Single(await Store.Processing.ClaimDueAsync(Now, 10, TimeSpan.Zero, Ct)); // translation still pending
        Assert.True(await Store.Processing.SaveTranslationAsync(idea.Id, IdeaTranslation.Machine("Mehr Sprachkurse am Abend"), Ct));

        Assert.Empty(await Store.Processing.ClaimDueAsync(Now.AddDays(1), 10, TimeSpan.Zero, Ct));
        var read = (await Store.Review.GetAsync(idea.Id, Ct))!;
        Assert.Equal((AnalysisState.Done, "en", TranslationState.Done, "Mehr Sprachkurse am Abend", true, (DateTimeOffset?)null),
            (read.Analysis, read.DetectedLanguage, read.Translation, read.GermanText, read.MachineTranslated, read.NextAttemptAt));
        Assert.Equal(["language courses", "evening"], read.KeyPhrases);
    }

    [Fact]
    public async Task Results_are_saved_once_a_second_save_changes_nothing()
    {
        var idea = await Store.Ideas.AddAsync(Idea("p2", language: "en"), Ct);
        Assert.True(await Store.Processing.SaveTranslationAsync(idea.Id, IdeaTranslation.Machine("erste"), Ct));
        Assert.False(await Store.Processing.SaveTranslationAsync(idea.Id, IdeaTranslation.Machine("zweite"), Ct));
        Assert.True(await Store.Processing.SaveAnalysisAsync(idea.Id, IdeaAnalysis.Failed, Ct));
        Assert.False(await Store.Processing.SaveAnalysisAsync(idea.Id, new IdeaAnalysis(AnalysisState.Done, "en", [], "x"), Ct));
        Assert.False(await Store.Processing.SaveAnalysisAsync(Guid.NewGuid(), IdeaAnalysis.Failed, Ct));

        var read = (await Store.Review.GetAsync(idea.Id, Ct))!;
        Assert.Equal(("erste", AnalysisState.Failed), (read.GermanText, read.Analysis));
    }

    [Fact]
    public async Task A_deferred_idea_keeps_its_attempts_and_is_due_again_at_the_next_attempt()
    {
        var idea = await Store.Ideas.AddAsync(Idea("f1", language: "ar"), Ct);
        await Store.Processing.ClaimDueAsync(Now, 10, TimeSpan.FromMinutes(5), Ct);

        await Store.Processing.DeferAsync(idea.Id, Now.AddSeconds(60), 2, Ct);

        Assert.Empty(await Store.Processing.ClaimDueAsync(Now.AddSeconds(59), 10, TimeSpan.FromMinutes(5), Ct));
        var due = Assert.Single(await Store.Processing.ClaimDueAsync(Now.AddSeconds(60), 10, TimeSpan.FromMinutes(5), Ct));
        Assert.Equal((2, AnalysisState.Pending, TranslationState.Pending), (due.ProcessingAttempts, due.Analysis, due.Translation));
    }
}
