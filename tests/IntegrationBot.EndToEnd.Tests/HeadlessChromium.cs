using IntegrationBot.Testing;
using Microsoft.Playwright;

namespace IntegrationBot.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright, shared by a test class. Playwright's own browser download is never used:
/// the machine's /usr/bin/chromium is (scripts/ensure-test-prereqs.sh installs it). Without it the tests skip, and fail on CI.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A fresh browser context (own storage, so language choices do not leak between tests) with one page.</summary>
    public async Task<IPage> NewPageAsync(string locale = "de-DE")
    {
        if (!File.Exists(ExecutablePath))
            Infrastructure.SkipUnlessCi($"{ExecutablePath} is missing; run scripts/ensure-test-prereqs.sh to install Debian's chromium.");

        var browser = await LaunchOnceAsync();
        var context = await browser.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 1100, Height = 800 } });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        _launch.Dispose();
    }

    private async Task<IBrowser> LaunchOnceAsync()
    {
        await _launch.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            return _browser ??= await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Args = Arguments });
        }
        finally
        {
            _launch.Release();
        }
    }
}
