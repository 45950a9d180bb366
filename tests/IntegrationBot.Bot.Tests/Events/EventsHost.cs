using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Events;

/// <summary>
/// The real host with settings applied as host settings (UseSetting), so that choices read while services are
/// registered, like <c>Storage:Provider</c>, see them; settings added by ConfigureAppConfiguration arrive too late for that.
/// </summary>
public sealed class EventsHost(IReadOnlyDictionary<string, string> settings, TimeProvider? clock = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:Provider", "Memory");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        if (clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
