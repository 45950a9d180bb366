using System.Net;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Auth;

/// <summary>What an app-id bot does with odd Authorization headers, unreachable key sets and caller ids.</summary>
public sealed class RequestAuthorizationTests : AuthenticatedBotTests
{
    private const string ServiceUrl = BotRequests.TeamsServiceUrl;

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer a b")]
    [InlineData("Bearer not-a-jwt")]
    public async Task Malformed_authorization_gets_401(string header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(BotJson.Serialize(BotRequests.Message()), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", header);

        using var response = await App.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unreachable_signing_keys_get_503_without_details_and_an_error_log()
    {
        var settings = Issuer.Settings();
        settings["Bot:Authentication:ChannelOpenIdMetadataUrl"] += "-missing";
        await using var app = new BotApplication(settings, Clock);

        using var response = await app.CreateClient().PostAsync(BotRequests.Message(), Issuer.ChannelToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains(app.Logs.Entries, e => e.EventId.Id == 1104);
    }

    [Fact]
    public async Task Channel_token_sets_the_azure_caller_id()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var app = new BotApplication(Issuer.Settings(), Clock, bot);

        using var response = await app.CreateClient().PostAsync(BotRequests.Message(), Issuer.ChannelToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:botframework:azure", Assert.Single(bot.Turns).Activity.CallerId);
    }
}
