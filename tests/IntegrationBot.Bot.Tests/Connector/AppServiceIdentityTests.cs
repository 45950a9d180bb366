using System.Net;

namespace IntegrationBot.Bot.Tests.Connector;

/// <summary>
/// App Service has no IMDS: a user-assigned identity's token comes from <c>IDENTITY_ENDPOINT</c> with the
/// <c>X-IDENTITY-HEADER</c> secret (api-version 2019-08-01), which the platform sets as environment variables.
/// </summary>
public sealed class AppServiceIdentityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppType"] = "UserAssignedMSI",
        ["MicrosoftAppTenantId"] = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f",
        ["MicrosoftAppPassword"] = null,
        ["IDENTITY_ENDPOINT"] = "{fake}/metadata/identity/oauth2/token",
        ["IDENTITY_HEADER"] = "rotating-secret",
    };

    [Fact]
    public async Task Token_comes_from_the_app_service_identity_endpoint_with_its_header()
    {
        await using var harness = await ConnectorHarness.StartAsync(Settings());

        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);

        var token = Assert.Single(harness.Fake.TokenRequests);
        Assert.Equal($"/metadata/identity/oauth2/token?api-version=2019-08-01&resource=https%3A%2F%2Fapi.botframework.com&client_id={ConnectorHarness.AppId}", token.RawTarget);
        Assert.Equal("rotating-secret", token.Headers["X-IDENTITY-HEADER"]);
        Assert.False(token.Headers.ContainsKey("Metadata"));
    }

    [Fact]
    public async Task Answer_with_only_expires_on_is_accepted()
    {
        await using var harness = await ConnectorHarness.StartAsync(Settings());
        var expiresOn = harness.Clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        harness.Fake.ScriptToken(new ScriptedResponse(HttpStatusCode.OK, Body: $$"""{"access_token":"msi-token","expires_on":"{{expiresOn}}","token_type":"Bearer"}"""));

        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("hi"), Ct);
        await harness.Client.SendToConversationAsync(harness.Fake.ServiceUrl, "a:1", ConnectorHarness.Message("again"), Ct);

        Assert.All(harness.Fake.Requests, r => Assert.Equal("Bearer msi-token", r.Authorization));
        Assert.Single(harness.Fake.TokenRequests);
    }
}
