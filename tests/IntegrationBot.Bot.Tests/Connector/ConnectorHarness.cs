using IntegrationBot.Host.Connector;
using IntegrationBot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Connector;

/// <summary>The Connector client as the host wires it, pointed at a <see cref="FakeConnector"/>, on a <see cref="TestClock"/>.</summary>
public sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "7c0c5e3b-1111-4a2b-9c3d-0123456789ab";

    private ConnectorHarness(FakeConnector fake, TestClock clock, ServiceProvider services)
    {
        Fake = fake;
        Clock = clock;
        Services = services;
    }

    public FakeConnector Fake { get; }

    public TestClock Clock { get; }

    public ServiceProvider Services { get; }

    public ConnectorClient Client => Services.GetRequiredService<ConnectorClient>();

    /// <param name="settings">Overrides; a null value removes a default (e.g. <c>MicrosoftAppId</c> for Emulator-only mode), <c>{fake}</c> stands for the fake's root URL.</param>
    /// <param name="trustServiceUrl">Whether the fake's serviceUrl counts as validated, as after an authenticated inbound activity.</param>
    public static async Task<ConnectorHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool trustServiceUrl = true)
    {
        var fake = await FakeConnector.StartAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "s3cret&=+",
            ["Bot:Connector:TokenAuthority"] = fake.TokenAuthority,
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.200",
            ["Bot:Connector:AttemptTimeout"] = "00:05:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value?.Replace("{fake}", fake.Server.Url(""), StringComparison.Ordinal);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values.Where(p => p.Value is not null)).Build();

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddConnectorClient(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        if (trustServiceUrl)
            services.GetRequiredService<TrustedServiceUrls>().Trust(fake.ServiceUrl);
        return new ConnectorHarness(fake, clock, services);
    }

    public static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount("28:bot", "Bot"),
        Recipient = new ChannelAccount("29:user", "User"),
        Conversation = new ConversationAccount("a:conversation"),
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
