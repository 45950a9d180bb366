using System.Globalization;
using IntegrationBot.Engine.Turns;

namespace IntegrationBot.Engine.Localization;

/// <summary>
/// Renders texts in a given language outside a turn (proactive messages, web pages, the list of all translations),
/// where no locale middleware has set the UI culture the resources are read in. The caller's culture is restored.
/// </summary>
public static class BotTextsInLanguage
{
    /// <summary>Runs <paramref name="render"/> with the UI culture of <paramref name="language"/> (a shipped one; German otherwise).</summary>
    public static T In<T>(this IBotTexts texts, string? language, Func<IBotTexts, T> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Culture.ToSupported(language) ?? Culture.Default);
            return render(texts);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
