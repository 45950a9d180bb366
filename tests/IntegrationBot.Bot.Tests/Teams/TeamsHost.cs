using IntegrationBot.Bot.Tests.Auth;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Teams;

/// <summary>
/// The real host with authentication on (tokens signed by a local <see cref="TestIssuer"/>) and a local fake Connector
/// that receives the replies of turns that are not <c>expectReplies</c>.
/// </summary>
public sealed class TeamsHost : IAsyncDisposable
{
    private TeamsHost(TestIssuer issuer, FakeConnector connector, BotApplication app)
    {
        Issuer = issuer;
        Connector = connector;
        App = app;
    }

    public TestIssuer Issuer { get; }

    public FakeConnector Connector { get; }

    public BotApplication App { get; }

    public static async Task<TeamsHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, IBot? bot = null)
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        var issuer = await TestIssuer.StartAsync(clock);
        var connector = await FakeConnector.StartAsync();
        var values = issuer.Settings();
        values["Bot:Connector:TokenAuthority"] = connector.TokenAuthority;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        return new TeamsHost(issuer, connector, new BotApplication(values, clock, bot));
    }

    /// <summary>Posts a payload as Teams would: to /api/messages with a channel token whose serviceurl claim matches.</summary>
    public async Task<HttpResponseMessage> PostAsync(System.Text.Json.Nodes.JsonObject payload)
    {
        var token = Issuer.ChannelToken(payload["serviceUrl"]!.GetValue<string>());
        return await App.CreateClient().PostJsonAsync(payload.ToJsonString(), token);
    }

    public async Task<IReadOnlyList<Activity>> RepliesToAsync(System.Text.Json.Nodes.JsonObject payload)
    {
        using var response = await PostAsync(payload);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.ReadRepliesAsync()).Where(r => r.Type != "invokeResponse" && r.Type != ActivityTypes.Typing)];
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
