using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Audit;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Ideas.Review;
using static IntegrationBot.Storage.Tests.Ideas.IdeaTestData;

namespace IntegrationBot.Storage.Tests.Ideas;

/// <summary>The coordinators' side: filters, paging, review changes, and the audit log.</summary>
public abstract partial class IdeaStoreContractTests
{
    [Fact]
    public async Task Queries_filter_by_status_field_language_text_and_time_newest_first()
    {
        var german = await Store.Ideas.AddAsync(Idea("q1", text: "Mehr Sprachkurse am Abend"), Ct);
        Time.Advance(TimeSpan.FromHours(1));
        var arabic = await Store.Ideas.AddAsync(Idea("q2", text: "دورات لغة مسائية", language: "en", field: "wohnen"), Ct);
        await Store.Processing.SaveAnalysisAsync(arabic.Id, new IdeaAnalysis(AnalysisState.Done, "ar", [], "x"), Ct);
        await Store.Processing.SaveTranslationAsync(arabic.Id, IdeaTranslation.Machine("Abendliche SPRACHKURSE"), Ct);
        Time.Advance(TimeSpan.FromHours(1));
        var answered = await Store.Ideas.AddAsync(Idea("q3", text: "Ein Fest im Park"), Ct);
        await Store.Review.UpdateReviewAsync(answered.Id, new(Status: IdeaStatus.Answered), Ct);

        async Task<IEnumerable<Guid>> Ids(IdeaQuery query) => (await Store.Review.QueryAsync(query, Ct)).Items.Select(i => i.Id);

        Assert.Equal([answered.Id, arabic.Id, german.Id], await Ids(new()));
        Assert.Equal([answered.Id], await Ids(new() { Status = IdeaStatus.Answered }));
        Assert.Equal([arabic.Id], await Ids(new() { Field = "wohnen" }));
        Assert.Equal([arabic.Id], await Ids(new() { Language = "ar" }));
        Assert.Equal([arabic.Id], await Ids(new() { Language = "en" }));
        Assert.Equal([arabic.Id, german.Id], await Ids(new() { Text = "sprachkurse" }));
        Assert.Equal([arabic.Id], await Ids(new() { From = Now.AddMinutes(30), To = Now.AddMinutes(90) }));
        Assert.Equal([german.Id], await Ids(new() { To = Now.AddHours(1) }));
        Assert.Equal([answered.Id], await Ids(new() { From = Now.AddHours(2) }));
    }

    [Fact]
    public async Task A_page_says_how_many_ideas_match_in_all()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.Ideas.AddAsync(Idea("pg" + i), Ct);
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var page = await Store.Review.QueryAsync(new() { Offset = 2, Limit = 2 }, Ct);
        var all = await Store.Review.QueryAsync(new(), Ct);

        Assert.Equal((5, 2, 2), (page.Total, page.Offset, page.Limit));
        Assert.Equal(all.Items.Skip(2).Take(2).Select(i => i.Id), page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_review_changes_only_what_it_names()
    {
        var idea = await Store.Ideas.AddAsync(Idea("v1", Amina), Ct);
        Time.Advance(TimeSpan.FromMinutes(3));

        var reviewed = await Store.Review.UpdateReviewAsync(idea.Id, new(Status: IdeaStatus.InReview, Tags: ["abend", "vhs"], Notes: "an VHS weitergeben"), Ct);
        var moved = await Store.Review.UpdateReviewAsync(idea.Id, new(Field: "wohnen"), Ct);
        var cleared = await Store.Review.UpdateReviewAsync(idea.Id, new(Notes: ""), Ct);

        Assert.Equal((IdeaStatus.InReview, "bildung-sprachen", "an VHS weitergeben", Now.AddMinutes(3)), (reviewed!.Status, reviewed.Field, reviewed.Notes, reviewed.UpdatedAt));
        Assert.Equal(["abend", "vhs"], reviewed.Tags);
        Assert.Equal((IdeaStatus.InReview, "wohnen", "an VHS weitergeben"), (moved!.Status, moved.Field, moved.Notes));
        Assert.Equal(["abend", "vhs"], moved.Tags);
        Assert.Null(cleared!.Notes);
        var reread = (await Store.Review.GetAsync(idea.Id, Ct))!;
        Assert.Equal(cleared, reread with { KeyPhrases = cleared.KeyPhrases, Tags = cleared.Tags });
        Assert.Equal(["abend", "vhs"], reread.Tags);
    }

    [Fact]
    public async Task Reviewing_or_reading_an_unknown_idea_finds_nothing()
    {
        Assert.Null(await Store.Review.UpdateReviewAsync(Guid.NewGuid(), new(Status: IdeaStatus.Merged), Ct));
        Assert.Null(await Store.Review.GetAsync(Guid.NewGuid(), Ct));
    }

    [Fact]
    public async Task The_audit_log_lists_entries_newest_first_with_their_details()
    {
        await Store.Audit.WriteAsync(new AuditEntry("api-key", "ideas.read", "idea-1"), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Store.Audit.WriteAsync(new AuditEntry("api-key", "ideas.export", Details: new Dictionary<string, string> { ["format"] = "csv", ["count"] = "3" }), Ct);

        var entries = await Store.Audit.ListAsync(10, Ct);

        Assert.Equal(["ideas.export", "ideas.read"], entries.Select(e => e.Action));
        Assert.Equal((Now.AddMinutes(1), "api-key", (string?)null, "csv", "3"), (entries[0].At, entries[0].Actor, entries[0].Target, entries[0].Details["format"], entries[0].Details["count"]));
        Assert.Equal(("idea-1", Now), (entries[1].Target, entries[1].At));
        Assert.Empty(entries[1].Details);
        Assert.Single(await Store.Audit.ListAsync(1, Ct));
    }
}
