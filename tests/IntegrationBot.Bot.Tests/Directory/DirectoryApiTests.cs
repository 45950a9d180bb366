using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Contacts.Monitoring;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.ContactDirectory;

/// <summary>/api/coordinator: the directory seeded at start-up, edits with problem details on bad input, and the counters.</summary>
public sealed class DirectoryApiTests : IAsyncDisposable
{
    private const string Key = "test-coordinator-key";
    private readonly BotApplication _app = new(new Dictionary<string, string?> { ["Coordinator:ApiKey"] = Key });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Requests_without_the_coordinator_key_are_refused_with_problem_details(string? key)
    {
        using var client = _app.CreateClient();
        if (key is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var response = await client.GetAsync("/api/coordinator/directory", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_a_configured_key_the_api_stays_closed()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "");
        using var response = await client.GetAsync("/api/coordinator/directory", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_seeded_directory_is_listed_with_topics_by_name()
    {
        using var client = Client();
        var entries = await client.GetFromJsonAsync<JsonElement>("/api/coordinator/directory", Ct);
        var vhs = entries.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "volkshochschule");
        Assert.Equal("Aegidiimarkt 3, 48143 Münster", vhs.GetProperty("address").GetString());
        Assert.Equal("LanguageCourses", vhs.GetProperty("topics")[0].GetString());
    }

    [Fact]
    public async Task A_coordinator_creates_replaces_and_deletes_an_entry()
    {
        using var client = Client();
        const string entry = """{"id":"sprachcafe","name":"Sprachcafé","topics":["LanguageCourses"],"languages":["de","ar"],"barrierFree":true}""";
        using (var created = await client.PutAsync("/api/coordinator/directory/sprachcafe", Json(entry), Ct))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using (var replaced = await client.PutAsync("/api/coordinator/directory/sprachcafe", Json(entry.Replace("Sprachcafé", "Sprachcafé Mitte", StringComparison.Ordinal)), Ct))
            Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        var read = await client.GetFromJsonAsync<JsonElement>("/api/coordinator/directory/sprachcafe", Ct);
        Assert.Equal("Sprachcafé Mitte", read.GetProperty("name").GetString());

        using (var deleted = await client.DeleteAsync("/api/coordinator/directory/sprachcafe", Ct))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using (var gone = await client.GetAsync("/api/coordinator/directory/sprachcafe", Ct))
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("""{"id":"x","name":"X","topics":["NoSuchTopic"]}""", "body")]
    [InlineData("""{"id":"other","name":"X","topics":["Work"]}""", "id")]
    [InlineData("""{"id":"x","name":" ","topics":["Work"]}""", "name")]
    [InlineData("""{"id":"x","name":"X","topics":[]}""", "topics")]
    [InlineData("""{"id":"x","name":"X","topics":["Work"],"email":"no-at-sign"}""", "email")]
    [InlineData("""{"id":"x","name":"X","topics":["Work"],"webLink":"javascript:alert(1)"}""", "webLink")]
    public async Task Bad_input_is_answered_with_validation_problem_details(string body, string field)
    {
        using var client = Client();
        using var response = await client.PutAsync("/api/coordinator/directory/x", Json(body), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task The_counters_are_readable_and_hold_no_personal_data()
    {
        var stats = _app.Services.GetRequiredService<IContactFinderStats>();
        await stats.RecordAsync(new ContactFinderOutcome("Housing", "uk", "webchat", ContactOutcome.Helped), Ct);
        using var client = Client();
        var counts = await client.GetFromJsonAsync<JsonElement>("/api/coordinator/contact-finder/stats", Ct);
        var row = Assert.Single(counts.EnumerateArray());
        Assert.Equal(["topic", "language", "channel", "outcome", "count"], row.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Helped", row.GetProperty("outcome").GetString());
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private HttpClient Client()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
