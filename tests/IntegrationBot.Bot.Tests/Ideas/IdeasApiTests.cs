using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Audit;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Ideas;

/// <summary>/api/coordinator/ideas: the key, filters and paging, review changes with problem details, and the audit log.</summary>
public sealed class IdeasApiTests : IAsyncDisposable
{
    internal const string Key = "test-coordinator-key";
    internal static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly ManualTimeProvider _clock = new(Now);
    private readonly BotApplication _app;

    public IdeasApiTests() => _app = new(new Dictionary<string, string?> { ["Coordinator:ApiKey"] = Key }, _clock);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/coordinator/ideas")]
    [InlineData("/api/coordinator/ideas/export.csv")]
    [InlineData("/api/coordinator/ideas/export.xlsx")]
    [InlineData("/api/coordinator/ideas/0196f1d2-0000-7000-8000-000000000000")]
    public async Task Requests_without_the_coordinator_key_are_refused(string path)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await Audit().ListAsync(10, Ct));
    }

    [Fact]
    public async Task The_list_shows_what_coordinators_need_and_the_author_only_for_named_ideas()
    {
        var named = await AddAsync("n1", "ar: نريد دورات لغة مسائية", "ar", author: new ChannelUser("webchat", "u1"));
        var store = _app.Services.GetRequiredService<IIdeaProcessingStore>();
        await store.SaveAnalysisAsync(named.Id, new IdeaAnalysis(AnalysisState.Done, "ar", ["دورات لغة"], "ar: نريد دورات لغة مسائية"), Ct);
        await store.SaveTranslationAsync(named.Id, IdeaTranslation.Machine("Wir wollen abendliche Sprachkurse"), Ct);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await AddAsync("a1", "Mehr Bänke im Park", "de");

        using var client = Client();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/coordinator/ideas", Ct);

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.False(items[0].TryGetProperty("author", out _));
        Assert.True(items[0].GetProperty("anonymous").GetBoolean());
        var first = items[1];
        Assert.Equal(("ar", "Wir wollen abendliche Sprachkurse", true, "Done"),
            (first.GetProperty("detectedLanguage").GetString(), first.GetProperty("germanText").GetString(), first.GetProperty("machineTranslated").GetBoolean(), first.GetProperty("translation").GetString()));
        Assert.Equal(("Amina K.", "amina@example.org"), (first.GetProperty("author").GetProperty("name").GetString(), first.GetProperty("author").GetProperty("contact").GetString()));
        Assert.Equal(("New", "bildung-sprachen", "webchat", "دورات لغة"),
            (first.GetProperty("status").GetString(), first.GetProperty("field").GetString(), first.GetProperty("channel").GetString(), first.GetProperty("keyPhrases")[0].GetString()));

        var entry = Assert.Single(await Audit().ListAsync(10, Ct));
        Assert.Equal(("api-key", "ideas.list", "2", "1"), (entry.Actor, entry.Action, entry.Details["count"], entry.Details["named"]));
    }

    [Theory]
    [InlineData("status=Answered", new[] { "c" })]
    [InlineData("field=wohnen", new[] { "b" })]
    [InlineData("language=en", new[] { "b" })]
    [InlineData("q=SPIELPLATZ", new[] { "c", "a" })]
    [InlineData("from=2026-11-22T10:30:00Z", new[] { "c" })]
    [InlineData("to=2026-11-22T10:30:00Z", new[] { "b", "a" })]
    [InlineData("from=2026-11-23", new string[0])]
    [InlineData("limit=1&offset=1", new[] { "b" })]
    public async Task Filters_and_paging_select_ideas_newest_first(string query, string[] expected)
    {
        var ids = new Dictionary<Guid, string>
        {
            [(await AddAsync("a", "Ein neuer Spielplatz", "de")).Id] = "a",
        };
        _clock.Advance(TimeSpan.FromHours(1));
        ids[(await AddAsync("b", "en: cheaper flats", "en", field: "wohnen")).Id] = "b";
        _clock.Advance(TimeSpan.FromHours(1));
        var c = await AddAsync("c", "Spielplatz sanieren", "de");
        ids[c.Id] = "c";
        using var client = Client();
        using (var patch = await client.PatchAsync($"/api/coordinator/ideas/{c.Id}", Json("""{"status":"answered"}"""), Ct))
            Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/coordinator/ideas?" + query, Ct);

        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(i => ids[i.GetProperty("id").GetGuid()]));
    }

    [Theory]
    [InlineData("status=Lost", "status")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-11-22T10:00:00", "to")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("offset=-1", "offset")]
    public async Task Bad_filters_are_answered_with_validation_problem_details(string query, string field)
    {
        using var client = Client();
        using var response = await client.GetAsync("/api/coordinator/ideas?" + query, Ct);
        await AssertProblemAsync(response, field);
    }

    [Fact]
    public async Task A_coordinator_reviews_an_idea_and_the_change_is_audited()
    {
        var idea = await AddAsync("r1", "Mehr Sprachkurse", "de", author: new ChannelUser("webchat", "u1"));
        using var client = Client();

        using var response = await client.PatchAsync($"/api/coordinator/ideas/{idea.Id}",
            Json("""{"status":"InReview","field":"wohnen","tags":[" vhs ","abend","vhs"],"notes":"an die VHS"}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("InReview", "wohnen", "an die VHS"), (body.GetProperty("status").GetString(), body.GetProperty("field").GetString(), body.GetProperty("notes").GetString()));
        Assert.Equal(["vhs", "abend"], body.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/coordinator/ideas/{idea.Id}", Ct);
        Assert.Equal("wohnen", read.GetProperty("field").GetString());

        var entries = await Audit().ListAsync(10, Ct);
        Assert.Equal(["ideas.read", "ideas.update"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(idea.Id.ToString(), e.Target));
        Assert.Equal("status,field,tags,notes", entries[1].Details["changed"]);
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("{}", "body")]
    [InlineData("""{"colour":"red"}""", "body")]
    [InlineData("""{"status":"Lost"}""", "status")]
    [InlineData("""{"status":"1"}""", "status")]
    [InlineData("""{"field":"gartenbau"}""", "field")]
    [InlineData("""{"tags":[""]}""", "tags")]
    public async Task Bad_changes_are_answered_with_validation_problem_details(string body, string field)
    {
        var idea = await AddAsync("p1", "Mehr Sprachkurse", "de");
        using var client = Client();
        using var response = await client.PatchAsync($"/api/coordinator/ideas/{idea.Id}", Json(body), Ct);
        await AssertProblemAsync(response, field);
        Assert.Equal(IdeaStatus.New, (await _app.Services.GetRequiredService<IntegrationBot.Ideas.Review.IIdeaReviewStore>().GetAsync(idea.Id, Ct))!.Status);
    }

    [Fact]
    public async Task An_unknown_idea_is_not_found()
    {
        using var client = Client();
        using var get = await client.GetAsync($"/api/coordinator/ideas/{Guid.NewGuid()}", Ct);
        using var patch = await client.PatchAsync($"/api/coordinator/ideas/{Guid.NewGuid()}", Json("""{"status":"Merged"}"""), Ct);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, patch.StatusCode));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    internal IAuditLog Audit() => _app.Services.GetRequiredService<IAuditLog>();

    internal HttpClient Client()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    internal Task<Idea> AddAsync(string activity, string text, string language, ChannelUser? author = null, string field = "bildung-sprachen") =>
        _app.Services.GetRequiredService<IIdeaStore>().AddAsync(new NewIdea
        {
            Key = new RequestKey("webchat", "conv", activity),
            Text = text,
            Language = language,
            Channel = "webchat",
            Field = field,
            Neighbourhood = "Hiltrup",
            Author = author,
            AuthorName = author is null ? null : "Amina K.",
            AuthorContact = author is null ? null : "amina@example.org",
            ConsentAt = _clock.GetUtcNow(),
        }, Ct);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task AssertProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
