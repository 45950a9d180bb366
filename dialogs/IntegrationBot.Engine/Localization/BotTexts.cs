using IntegrationBot.Engine.Turns;
using Microsoft.Extensions.Localization;

namespace IntegrationBot.Engine.Localization;

/// <summary>
/// Looks a key up in the application's resource sources (in registration order), then in the engine's own (retry
/// prompts, help, errors). All are resx files read through <see cref="IStringLocalizer"/>; the application can
/// override an engine text by defining the same key.
/// </summary>
public sealed class BotTexts(IEnumerable<BotTextSource> sources, IStringLocalizer<EngineStrings> engine) : IBotTexts
{
    private readonly IStringLocalizer[] _localizers = [.. sources.Select(s => s.Localizer), engine];

    public string this[Text text] => text.HasArgs ? this[text.Key, [.. text.Args!]] : this[text.Key, []];

    public string this[string key, params object[] args]
    {
        get
        {
            LocalizedString? found = null;
            foreach (var localizer in _localizers)
            {
                found = args.Length == 0 ? localizer[key] : localizer[key, args]; // no arguments: the text as written, never a format error
                if (!found.ResourceNotFound)
                    return found;
            }
            return found!; // the key itself: visible in tests and transcripts, never an exception in front of a user
        }
    }

    public IReadOnlyList<string> InAllLanguages(string key) =>
        [.. Culture.Supported.Select(culture => this.In(culture, texts => texts[key, []]))];
}

/// <summary>Marker type for the engine's resources (Resources/Localization/EngineStrings.*.resx).</summary>
public sealed class EngineStrings;
