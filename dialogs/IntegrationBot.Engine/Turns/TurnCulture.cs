using System.Globalization;

namespace IntegrationBot.Engine.Turns;

/// <summary>Sets the turn's language and the UI culture the resources are read in.</summary>
public static class TurnCulture
{
    public static void Apply(ITurnContext turn, string language)
    {
        turn.Locale = language;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
    }
}
