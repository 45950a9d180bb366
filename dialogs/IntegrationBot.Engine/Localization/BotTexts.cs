using System.Globalization;
using IntegrationBot.Engine.Turns;
using Microsoft.Extensions.Localization;

namespace IntegrationBot.Engine.Localization;

/// <summary>
/// Looks a key up in the application's resources first, then in the engine's own (retry prompts, help, errors).
/// Both are resx files read through <see cref="IStringLocalizer"/>.
/// </summary>
public sealed class BotTexts(IStringLocalizer application, IStringLocalizer<EngineStrings> engine) : IBotTexts
{
    public string this[Text text] => text.HasArgs ? this[text.Key, [.. text.Args!]] : this[text.Key, []];

    public string this[string key, params object[] args]
    {
        get
        {
            var found = application[key, args];
            return found.ResourceNotFound ? engine[key, args] : found;
        }
    }

    public IReadOnlyList<string> InAllLanguages(string key)
    {
        var saved = CultureInfo.CurrentUICulture;
        var all = new List<string>(Culture.Supported.Count);
        try
        {
            foreach (var culture in Culture.Supported)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                all.Add(this[key, []]);
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
        return all;
    }
}

/// <summary>Marker type for the engine's resources (Resources/EngineStrings.*.resx).</summary>
public sealed class EngineStrings;
