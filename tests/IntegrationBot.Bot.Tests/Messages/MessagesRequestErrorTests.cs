using System.Net;
using System.Text;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Messages;

/// <summary>Bad requests and failing turns: problem details with a status that says why, never a stack trace.</summary>
public sealed class MessagesRequestErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("<activity/>")]
    public async Task Malformed_json_gets_400_problem_details(string body)
    {
        await using var app = new BotApplication();

        using var response = await app.CreateClient().PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation.id")]
    [InlineData("serviceUrl")]
    public async Task Activity_without_a_required_field_gets_400_naming_it(string field)
    {
        await using var app = new BotApplication();
        var activity = BotRequests.Message(expectReplies: false);
        switch (field)
        {
            case "type": activity.Type = null; break;
            case "conversation.id": activity.Conversation = new ConversationAccount(); break;
            case "serviceUrl": activity.ServiceUrl = "not a url"; break;
        }

        using var response = await app.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpectReplies_needs_no_serviceUrl()
    {
        await using var app = new BotApplication();
        var activity = BotRequests.Message();
        activity.ServiceUrl = null;

        using var response = await app.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Body_over_the_configured_limit_gets_413()
    {
        await using var app = new BotApplication(new Dictionary<string, string?> { ["Bot:MaxRequestBytes"] = "2048" });

        using var response = await app.CreateClient().PostAsync(BotRequests.Message(new string('x', 4000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Bot_exception_is_answered_with_an_apology_in_the_users_language()
    {
        await using var app = new BotApplication(bot: new ScriptedBot((_, _) => throw new InvalidOperationException("secret internals at Flow.Step")));

        using var response = await app.CreateClient().PostAsync(BotRequests.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(await response.ReadRepliesAsync());
        Assert.StartsWith(Hosting.BotTexts.Get("Engine_Error", "de")[..20], apology.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internals", apology.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exception_escaping_the_engine_gets_500_problem_details_without_exception_details_and_is_logged_with_the_correlation_id()
    {
        await using var app = new BotApplication(bot: new ScriptedBot((_, _) => throw new InvalidOperationException("secret internals at Flow.Step")), engineErrorHandler: false);

        using var response = await app.CreateClient().PostAsync(BotRequests.Message());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("secret internals", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        var traceId = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("traceId").GetString();
        var logged = Assert.Single(app.Logs.Entries, e => e.EventId.Id == 1001);
        Assert.Contains(traceId!, logged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }
}
