using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Bot.Tests.Messages;

namespace IntegrationBot.Bot.Tests.Auth;

/// <summary>Each test gets a bot with an app id, trusting a local OpenID issuer, on a hand-moved clock.</summary>
public abstract class AuthenticatedBotTests : IAsyncLifetime
{
    protected TestClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected TestIssuer Issuer { get; private set; } = null!;

    protected BotApplication App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Issuer = await TestIssuer.StartAsync(Clock);
        App = new BotApplication(Issuer.Settings(), Clock);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Issuer.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
