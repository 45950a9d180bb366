using System.Net;

namespace IntegrationBot.Bot.Tests.DirectLine;

public sealed class TokenTests
{
    [Fact]
    public async Task Generate_with_the_secret_returns_a_token_for_a_new_conversation_without_stream_url()
    {
        using var host = new DirectLineHost();

        var first = await host.Client.GenerateTokenAsync();
        var second = await host.Client.GenerateTokenAsync();

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(1800, first.ExpiresIn);
        Assert.Null(first.StreamUrl);
        Assert.NotEmpty(first.Token);
        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.DoesNotContain(DirectLineHost.Secret, first.Token, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_with_a_token_instead_of_the_secret_is_forbidden()
    {
        using var host = new DirectLineHost();
        var token = (await host.Client.GenerateTokenAsync()).Token;

        var answer = await host.Client.GenerateTokenAsync(bearer: token);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
    }

    [Fact]
    public async Task Requests_without_authorization_are_unauthorized_and_a_wrong_secret_is_forbidden()
    {
        using var host = new DirectLineHost();

        using var missing = await host.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer: null, "{}");
        using var wrong = await host.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", "not-the-secret", "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
    }

    [Fact]
    public async Task Refresh_after_15_minutes_returns_a_new_token_and_the_old_one_stays_valid_until_it_expires()
    {
        using var host = new DirectLineHost();
        var started = await host.Client.StartAsync(bearer: (await host.Client.GenerateTokenAsync()).Token);
        var oldToken = started.Token;

        host.Clock.Advance(TimeSpan.FromMinutes(15));
        var refreshed = await host.Client.RefreshTokenAsync(oldToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(started.ConversationId, refreshed.ConversationId);
        Assert.NotEqual(oldToken, refreshed.Token);

        host.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.NotEmpty((await host.Client.GetActivitiesAsync(started.ConversationId, oldToken)).Activities);

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        using var expired = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{started.ConversationId}/activities?watermark=", oldToken);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineClient.ErrorCodeAsync(expired));
        Assert.NotEmpty((await host.Client.GetActivitiesAsync(started.ConversationId, refreshed.Token)).Activities);
    }

    [Fact]
    public async Task An_expired_token_cannot_be_refreshed()
    {
        using var host = new DirectLineHost();
        var token = (await host.Client.GenerateTokenAsync()).Token;

        host.Clock.Advance(TimeSpan.FromMinutes(30));
        var answer = await host.Client.RefreshTokenAsync(token);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
    }

    [Fact]
    public async Task Refresh_needs_a_token_not_the_secret()
    {
        using var host = new DirectLineHost();

        var answer = await host.Client.RefreshTokenAsync(DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
    }

    [Fact]
    public async Task A_forged_token_is_forbidden()
    {
        using var host = new DirectLineHost();
        var token = (await host.Client.GenerateTokenAsync()).Token;
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        using var response = await host.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", forged, "{}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Generate_rejects_an_embedded_user_id_that_does_not_start_with_dl()
    {
        using var host = new DirectLineHost();

        var answer = await host.Client.GenerateTokenAsync(json: """{"user":{"id":"someone"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Fact]
    public async Task A_user_embedded_in_the_token_is_the_sender_of_posted_activities()
    {
        using var host = new DirectLineHost();
        var token = (await host.Client.GenerateTokenAsync(json: """{"user":{"id":"dl_alice","name":"Alice"}}""")).Token;
        var started = await host.Client.StartAsync(bearer: token, userId: "r_somebody_else");

        await host.Client.SayAsync(started.ConversationId, started.Token, "Hallo");

        var echo = (await host.Client.GetActivitiesAsync(started.ConversationId, started.Token)).Activities.Single(a => a.From?.Role == "user");
        Assert.Equal("dl_alice", echo.From!.Id);
    }
}
