using System.Globalization;
using IntegrationBot.Engine;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Flows;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Hosting;

/// <summary>The bot's own texts, composed as the host composes them, so tests expect exactly what the resx files say.</summary>
public static class BotTexts
{
    private static readonly Lazy<IBotTexts> Texts = new(() => new ServiceCollection()
        .AddLogging()
        .AddIntegrationBotFlows()
        .AddBotTexts<IntegrationBot.Host.Teams.TeamsStrings>()
        .BuildServiceProvider()
        .GetRequiredService<IBotTexts>());

    public static string Get(string key, string language)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var text = Texts.Value[key, []];
            return text == key ? throw new KeyNotFoundException(key) : text;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
