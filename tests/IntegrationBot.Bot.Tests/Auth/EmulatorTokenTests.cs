using System.Net;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Auth;

/// <summary>Entra tokens the Emulator gets with the bot's own credentials (protocol notes §2.1, §2.3).</summary>
public sealed class EmulatorTokenTests : IAsyncLifetime
{
    private const string EmulatorServiceUrl = "http://localhost:56360";

    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private TestIssuer _issuer = null!;

    public async ValueTask InitializeAsync() => _issuer = await TestIssuer.StartAsync(_clock);

    public ValueTask DisposeAsync() => _issuer.DisposeAsync();

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Emulator_token_with_the_bots_app_id_is_accepted(string version)
    {
        await using var app = new BotApplication(_issuer.Settings(), _clock);

        using var response = await app.CreateClient().PostAsync(EmulatorMessage(), _issuer.EmulatorToken(version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await response.ReadRepliesAsync());
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Token_of_another_app_is_a_skill_call_and_gets_401(string version)
    {
        await using var app = new BotApplication(_issuer.Settings(), _clock);

        using var response = await app.CreateClient().PostAsync(EmulatorMessage(), _issuer.EmulatorToken(version, appId: "some-other-bot"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("3.0")]
    public async Task Token_without_a_known_version_gets_401(string? version)
    {
        await using var app = new BotApplication(_issuer.Settings(), _clock);
        var token = _issuer.EmulatorToken("2.0", change: t =>
        {
            if (version is null)
                t.Claims.Remove("ver");
            else
                t.Claims["ver"] = version;
        });

        using var response = await app.CreateClient().PostAsync(EmulatorMessage(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Emulator_token_signed_with_a_channel_key_is_refused()
    {
        await using var app = new BotApplication(_issuer.Settings(), _clock);
        var token = _issuer.EmulatorToken("1.0", change: t => t.SigningCredentials = new(_issuer.ChannelKey.SecurityKey, "RS256"));

        using var response = await app.CreateClient().PostAsync(EmulatorMessage(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Single_tenant_bot_also_accepts_its_own_tenants_issuer()
    {
        const string tenant = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";
        var settings = _issuer.Settings();
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppTenantId"] = tenant;
        await using var singleTenant = new BotApplication(settings, _clock);
        await using var multiTenant = new BotApplication(_issuer.Settings(), _clock);
        var token = _issuer.EmulatorToken("2.0", change: t => t.Issuer = $"https://login.microsoftonline.com/{tenant}/v2.0");

        using var accepted = await singleTenant.CreateClient().PostAsync(EmulatorMessage(), token);
        using var refused = await multiTenant.CreateClient().PostAsync(EmulatorMessage(), token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (accepted.StatusCode, refused.StatusCode));
    }

    [Fact]
    public async Task Emulator_token_sets_no_caller_id()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var app = new BotApplication(_issuer.Settings(), _clock, bot);
        var activity = EmulatorMessage();
        activity.CallerId = "urn:botframework:azure";

        using var response = await app.CreateClient().PostAsync(activity, _issuer.EmulatorToken("1.0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(bot.Turns).Activity.CallerId);
    }

    private static Activity EmulatorMessage() => BotRequests.Message(channelId: Channels.Emulator, serviceUrl: EmulatorServiceUrl);
}
