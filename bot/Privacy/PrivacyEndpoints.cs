using IntegrationBot.Engine;
using IntegrationBot.Engine.Turns;
using Microsoft.Net.Http.Headers;

namespace IntegrationBot.Host.Privacy;

/// <summary>
/// <c>GET /privacy</c>: the page the consent questions link to, in the language of <c>?lang=</c> or else the browser's
/// Accept-Language, German by default.
/// </summary>
public static class PrivacyEndpoints
{
    public static IServiceCollection AddPrivacyPage(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName);
        services.AddBotTexts<PrivacyStrings>();
        services.AddSingleton<PrivacyPage>();
        return services;
    }

    public static WebApplication MapPrivacyPage(this WebApplication app)
    {
        app.MapGet("/privacy", (HttpRequest request, PrivacyPage page) =>
        {
            var language = LanguageOf(request);
            request.HttpContext.Response.Headers.ContentLanguage = language;
            request.HttpContext.Response.Headers.Vary = HeaderNames.AcceptLanguage;
            return Results.Content(page.Render(language), "text/html; charset=utf-8");
        });
        return app;
    }

    private static string LanguageOf(HttpRequest request)
    {
        if (Shipped(request.Query["lang"].ToString()) is { } asked)
            return asked;
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Shipped(l.Value.Value))
            .FirstOrDefault(l => l is not null);
        return accepted ?? Culture.Supported[0];
    }

    private static string? Shipped(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
            return null;
        var language = tag.Split('-')[0].ToLowerInvariant();
        return Culture.Supported.Contains(language) ? language : null;
    }
}
