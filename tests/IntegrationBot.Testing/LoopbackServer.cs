using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Testing;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a free port, for fakes of services the bot reaches over HTTP (Connector,
/// token and key endpoints, Azure AI Language and Translator). It can be stopped and started again on the port it got
/// the first time, so a client that keeps the old address sees the service go away (connections refused) and come back.
/// </summary>
public sealed class LoopbackServer(Action<WebApplication> map) : IAsyncDisposable
{
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private WebApplication? _app;
    private CancellationTokenSource? _running;

    /// <summary>0 until the first start.</summary>
    public int Port { get; private set; }

    public bool IsRunning => _app is not null;

    /// <summary>The server's root, without a trailing slash (<c>http://127.0.0.1:54321</c>).</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>A server started with the endpoints <paramref name="map"/> adds.</summary>
    public static async Task<LoopbackServer> StartAsync(Action<WebApplication> map)
    {
        var server = new LoopbackServer(map);
        await server.StartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Cancelled when the server stops (requests held open by a test end with it); cancelled while stopped.</summary>
    public CancellationToken Stopping => _running?.Token ?? new CancellationToken(canceled: true);

    public async Task StartAsync()
    {
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_app is not null)
                return;
            // Another process may hold the port for a moment after a stop (a connection in its last state); a few
            // short, bounded tries ride that out.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await LaunchAsync().ConfigureAwait(false);
                    return;
                }
                catch (IOException) when (Port != 0 && attempt < 40)
                {
                    await Task.Delay(50).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    public async Task StopAsync()
    {
        await _lifecycle.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_app is not { } app)
                return;
            _app = null;
            // Kestrel stops listening first and aborts what is still open when the token fires; only then are held
            // requests released. The other order lets a client's immediate retry reach a server that still listens.
            using (var drain = new CancellationTokenSource(TimeSpan.FromMilliseconds(200)))
                await app.StopAsync(drain.Token).ConfigureAwait(false);
            await _running!.CancelAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            _running.Dispose();
            _running = null;
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _lifecycle.Dispose();
    }

    private async Task LaunchAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear(); // not the bot's appsettings.json that sits in the test output
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
        var app = builder.Build();
        map(app);
        var running = new CancellationTokenSource();
        _running = running;
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            _running = null;
            running.Dispose();
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
        _app = app;
    }
}
