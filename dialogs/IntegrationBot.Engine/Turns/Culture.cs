namespace IntegrationBot.Engine.Turns;

/// <summary>The languages the bot ships; German is the default.</summary>
public static class Culture
{
    public const string Default = "de";

    /// <summary>Shipped UI languages, in the order the language picker shows them.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["de", "en", "ar", "tr", "uk", "ru", "fa", "nl"];

    public static bool IsRightToLeft(string culture) => culture is "ar" or "fa";

    /// <summary>Maps "de-DE", "EN_us" or "ar-SA" to a shipped language, or null when it is not one of ours.</summary>
    public static string? ToSupported(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
            return null;
        var language = IntegrationBot.Recognizers.Culture.Normalize(locale);
        return Supported.Contains(language) ? language : null;
    }
}
