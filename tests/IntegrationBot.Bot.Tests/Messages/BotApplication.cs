using IntegrationBot.Engine.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Bot.Tests.Messages;

/// <summary>The real host (Program.cs) in memory, with test settings, an optional clock and an optional bot in place of the menu bot.</summary>
public sealed class BotApplication(
    IReadOnlyDictionary<string, string?>? settings = null,
    TimeProvider? clock = null,
    IBot? bot = null,
    bool engineErrorHandler = true) : WebApplicationFactory<Program>
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Each application its own world: state in memory, never the shared ./data SQLite file.
        builder.UseSetting("Storage:Provider", "Memory");
        // Replies are asserted one by one; a loaded CI machine must not slip a typing indicator in (tested on its own).
        builder.UseSetting("Engine:TypingDelay", "00:00:10");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>()));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            if (clock is not null)
                services.AddSingleton(clock);
            if (bot is not null)
                services.AddSingleton(bot);
            if (!engineErrorHandler)
                EngineErrorHandler.Remove(services);
        });
    }
}

/// <summary>A bot whose turn the test writes.</summary>
public sealed class ScriptedBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public List<ITurnContext> Turns { get; } = [];

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        lock (Turns)
            Turns.Add(turn);
        return onTurn(turn, cancellationToken);
    }
}
