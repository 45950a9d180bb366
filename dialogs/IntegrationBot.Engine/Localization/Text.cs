using System.Text.Json.Serialization;

namespace IntegrationBot.Engine.Localization;

/// <summary>
/// A user-visible text by resource key and arguments, rendered in the user's language only when sent. Prompts keep
/// texts in this form so that a reprompt after "change language" speaks the new language.
/// </summary>
public sealed record Text(string Key, IReadOnlyList<string>? Args = null)
{
    [JsonIgnore]
    public bool HasArgs => Args is { Count: > 0 };

    public static Text Of(string key, params string[] args) => new(key, args.Length == 0 ? null : args);
}
