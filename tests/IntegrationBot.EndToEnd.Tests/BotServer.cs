using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.EndToEnd.Tests;

/// <summary>The real bot on Kestrel at a free loopback port, so a real browser can reach it.</summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    public BotServer() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>The address the browser opens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("DirectLine:Secret", "end-to-end-test-secret");
        // The real SQLite store, in a file of this server's own.
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(Path.GetTempPath(), "ib-e2e-" + Guid.NewGuid().ToString("N"), "bot.db"));
    }
}
