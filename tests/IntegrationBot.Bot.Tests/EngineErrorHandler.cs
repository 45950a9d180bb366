using IntegrationBot.Engine.Middleware;
using IntegrationBot.Engine.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests;

/// <summary>
/// The engine's last-chance handler turns a failing bot into an apology. Host tests that check what happens when an
/// exception escapes the engine anyway (a bug in the handler itself, a failing reply route) take it out.
/// </summary>
public static class EngineErrorHandler
{
    public static void Remove(IServiceCollection services)
    {
        var handler = services.Single(d => d.ServiceType == typeof(ITurnMiddleware) && d.ImplementationType == typeof(ErrorHandlingMiddleware));
        services.Remove(handler);
    }
}
