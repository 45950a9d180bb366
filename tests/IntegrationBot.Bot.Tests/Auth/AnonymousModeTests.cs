using System.Net;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Host.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Bot.Tests.Auth;

/// <summary>No MicrosoftAppId: the Emulator-only local mode of protocol notes §2.5.</summary>
public sealed class AnonymousModeTests
{
    [Fact]
    public async Task Request_without_authorization_is_accepted()
    {
        await using var app = new BotApplication();

        using var response = await app.CreateClient().PostAsync(BotRequests.Message());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Request_with_a_token_is_still_checked_and_refused()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var issuer = await TestIssuer.StartAsync(clock);
        await using var app = new BotApplication(clock: clock);

        using var response = await app.CreateClient().PostAsync(BotRequests.Message(), issuer.ChannelToken(BotRequests.TeamsServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Start_up_warns_loudly_that_authentication_is_disabled()
    {
        await using var app = new BotApplication();

        _ = app.CreateClient();

        var warning = Assert.Single(app.Logs.Entries, e => e.EventId.Id == 1102);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("DISABLED", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_service_urls_are_not_trusted_for_the_token()
    {
        await using var app = new BotApplication();

        using var response = await app.CreateClient().PostAsync(BotRequests.Message(serviceUrl: "https://example.org/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(app.Services.GetRequiredService<TrustedServiceUrls>().IsTrusted("https://example.org/"));
    }

    [Fact]
    public async Task Start_up_with_an_app_id_says_authentication_is_enabled_without_warning()
    {
        await using var app = new BotApplication(new Dictionary<string, string?> { ["MicrosoftAppId"] = "app", ["MicrosoftAppPassword"] = "pw" });

        _ = app.CreateClient();

        Assert.DoesNotContain(app.Logs.Entries, e => e.EventId.Id == 1102);
        Assert.Contains(app.Logs.Entries, e => e.EventId.Id == 1103);
    }
}
