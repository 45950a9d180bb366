using System.Net;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Host.Connector;
using IntegrationBot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationBot.Bot.Tests.Auth;

/// <summary>Tokens from Azure Bot Service channels (issuer api.botframework.com), checked as protocol notes §2.2 says.</summary>
public sealed class ChannelTokenTests : AuthenticatedBotTests
{
    private const string ServiceUrl = BotRequests.TeamsServiceUrl;

    [Fact]
    public async Task Valid_channel_token_runs_the_turn_and_trusts_the_service_url()
    {
        using var response = await Post(BotRequests.Message(), Issuer.ChannelToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await response.ReadRepliesAsync());
        Assert.True(App.Services.GetRequiredService<TrustedServiceUrls>().IsTrusted("https://smba.trafficmanager.net/amer"));
    }

    [Fact]
    public async Task Service_url_claim_is_compared_case_insensitively()
    {
        using var response = await Post(BotRequests.Message(), Issuer.ChannelToken(ServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Missing_authorization_header_gets_401_without_a_body()
    {
        using var response = await Post(BotRequests.Message(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        AssertRejectedFor("missing-authorization");
    }

    [Fact]
    public async Task Token_expired_beyond_the_five_minute_skew_gets_401()
    {
        var token = Issuer.ChannelToken(ServiceUrl, t => (t.NotBefore, t.Expires) = (Clock.GetUtcNow().UtcDateTime.AddHours(-1), Clock.GetUtcNow().UtcDateTime.AddMinutes(-6)));

        using var response = await Post(BotRequests.Message(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertRejectedFor("lifetime");
    }

    [Fact]
    public async Task Token_expired_within_the_skew_is_still_accepted()
    {
        var token = Issuer.ChannelToken(ServiceUrl, t => (t.NotBefore, t.Expires) = (Clock.GetUtcNow().UtcDateTime.AddHours(-1), Clock.GetUtcNow().UtcDateTime.AddMinutes(-4)));

        using var response = await Post(BotRequests.Message(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_not_yet_valid_gets_401()
    {
        var token = Issuer.ChannelToken(ServiceUrl, t => (t.IssuedAt, t.NotBefore, t.Expires) = (Clock.GetUtcNow().UtcDateTime.AddMinutes(10), Clock.GetUtcNow().UtcDateTime.AddMinutes(10), Clock.GetUtcNow().UtcDateTime.AddHours(1)));

        using var response = await Post(BotRequests.Message(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertRejectedFor("lifetime");
    }

    [Fact]
    public async Task Token_for_another_bot_gets_401()
    {
        using var response = await Post(BotRequests.Message(), Issuer.ChannelToken(ServiceUrl, t => t.Audience = "another-bot-app-id"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertRejectedFor("audience");
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example.com")]
    public async Task Token_from_an_unknown_issuer_gets_401(string issuer)
    {
        using var response = await Post(BotRequests.Message(), Issuer.ChannelToken(ServiceUrl, t => t.Issuer = issuer));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertRejectedFor("unknown-issuer");
    }

    [Fact]
    public async Task Token_signed_by_a_different_key_under_a_published_key_id_gets_401()
    {
        using var forger = new SigningKey(Issuer.ChannelKey.KeyId, "msteams");

        using var response = await Post(BotRequests.Message(), Issuer.ChannelToken(ServiceUrl, key: forger));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertRejectedFor("signature");
    }

    [Fact]
    public async Task Unsigned_token_gets_401()
    {
        var unsigned = Issuer.ChannelToken(ServiceUrl, t => t.SigningCredentials = null);

        using var response = await Post(BotRequests.Message(), unsigned);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Channel_the_signing_key_does_not_endorse_gets_403()
    {
        var activity = BotRequests.Message(channelId: "slack");

        using var response = await Post(activity, Issuer.ChannelToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        AssertRejectedFor("channel-not-endorsed");
    }

    [Fact]
    public async Task Channel_token_signed_by_a_key_without_endorsements_gets_403()
    {
        using var bare = new SigningKey("bare-key");
        Issuer.PublishChannelKeys(Issuer.ChannelKey, bare);

        using var response = await Post(BotRequests.Message(), Issuer.ChannelToken(ServiceUrl, key: bare));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertRejectedFor("channel-key-without-endorsements");
    }

    [Fact]
    public async Task Service_url_other_than_the_tokens_gets_401_and_is_not_trusted()
    {
        var activity = BotRequests.Message(serviceUrl: "https://attacker.example.com/");

        using var response = await Post(activity, Issuer.ChannelToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(App.Services.GetRequiredService<TrustedServiceUrls>().IsTrusted("https://attacker.example.com/"));
        AssertRejectedFor("serviceurl-mismatch");
    }

    [Fact]
    public async Task Token_without_service_url_claim_gets_401()
    {
        using var response = await Post(BotRequests.Message(), Issuer.ChannelToken(ServiceUrl, t => t.Claims.Remove("serviceurl")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertRejectedFor("serviceurl-mismatch");
    }

    private void AssertRejectedFor(string reason) =>
        Assert.Contains(App.Logs.Entries, e => e.EventId.Id == 1101 && e.Message.Contains($": {reason})", StringComparison.Ordinal));

    private Task<HttpResponseMessage> Post(Activity activity, string? token) => App.CreateClient().PostAsync(activity, token);
}
