using IntegrationBot.Engine.Turns;
using IntegrationBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.DirectLine;

/// <summary>
/// One bot per test on the in-memory TestServer, with a known Direct Line secret, a hand-moved clock and optionally
/// a scripted bot in place of the real one.
/// </summary>
public sealed class DirectLineHost : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-0123456789";

    private readonly IBot? _bot;
    private readonly Dictionary<string, string?> _settings;

    private readonly bool _engineErrorHandler;

    public DirectLineHost(IBot? bot = null, Dictionary<string, string?>? settings = null, bool engineErrorHandler = true)
    {
        _engineErrorHandler = engineErrorHandler;
        _bot = bot;
        _settings = settings ?? [];
    }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private DirectLineClient? _client;

    /// <summary>A client of this host (starts it on first use).</summary>
    public DirectLineClient Client => _client ??= new DirectLineClient(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DirectLine:Secret", Secret);
        builder.UseSetting("Storage:Provider", "Memory"); // each host its own world, never the shared ./data file
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (_bot is not null)
                services.AddSingleton(_bot);
            if (!_engineErrorHandler)
                EngineErrorHandler.Remove(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _client?.Dispose();
        base.Dispose(disposing);
    }
}
