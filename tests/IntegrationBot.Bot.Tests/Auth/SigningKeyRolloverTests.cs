using System.Net;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Bot.Tests.Messages;

namespace IntegrationBot.Bot.Tests.Auth;

/// <summary>Keys are cached, and fetched again when a token names a key id the cache lacks (at most once per interval).</summary>
public sealed class SigningKeyRolloverTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestIssuer _issuer = null!;

    public async ValueTask InitializeAsync() => _issuer = await TestIssuer.StartAsync(_clock);

    public ValueTask DisposeAsync() => _issuer.DisposeAsync();

    [Fact]
    public async Task Keys_are_fetched_once_for_many_requests()
    {
        await using var app = new BotApplication(_issuer.Settings(), _clock);
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsync(BotRequests.Message(), _issuer.ChannelToken(BotRequests.TeamsServiceUrl));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, _issuer.ChannelKeyFetches);
    }

    [Fact]
    public async Task Token_signed_with_a_newly_published_key_is_accepted_after_one_refetch()
    {
        var settings = _issuer.Settings();
        settings["Bot:Authentication:UnknownKeyRefreshInterval"] = "00:00:00";
        await using var app = new BotApplication(settings, _clock);
        var client = app.CreateClient();
        using (var warmUp = await client.PostAsync(BotRequests.Message(), _issuer.ChannelToken(BotRequests.TeamsServiceUrl)))
            Assert.Equal(HttpStatusCode.OK, warmUp.StatusCode);
        using var rolledOver = new SigningKey("bf-key-2", "msteams");
        _issuer.PublishChannelKeys(_issuer.ChannelKey, rolledOver);

        using var response = await client.PostAsync(BotRequests.Message(), _issuer.ChannelToken(BotRequests.TeamsServiceUrl, key: rolledOver));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _issuer.ChannelKeyFetches);
    }

    [Fact]
    public async Task Unknown_key_ids_do_not_make_the_bot_refetch_more_than_once_per_interval()
    {
        await using var app = new BotApplication(_issuer.Settings(), _clock); // default interval: 5 minutes
        var client = app.CreateClient();
        using var rogue = new SigningKey("rogue-key", "msteams");

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync(BotRequests.Message(), _issuer.ChannelToken(BotRequests.TeamsServiceUrl, key: rogue));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(2, _issuer.ChannelKeyFetches); // the first load, and one refetch for the unknown key id
    }
}
