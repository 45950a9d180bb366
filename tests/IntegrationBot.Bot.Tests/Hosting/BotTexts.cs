using System.Globalization;
using System.Resources;

namespace IntegrationBot.Bot.Tests.Hosting;

/// <summary>The bot's own resource texts, so tests expect exactly what the resx files say.</summary>
public static class BotTexts
{
    private static readonly ResourceManager Flows = new("IntegrationBot.Flows.Resources.Strings", typeof(IntegrationBot.Flows.Strings).Assembly);
    private static readonly ResourceManager Engine = new("IntegrationBot.Engine.Resources.Localization.EngineStrings", typeof(IntegrationBot.Engine.Localization.EngineStrings).Assembly);

    public static string Get(string key, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        return Flows.GetString(key, culture) ?? Engine.GetString(key, culture) ?? throw new KeyNotFoundException(key);
    }
}
