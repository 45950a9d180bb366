namespace IntegrationBot.Recognizers;

/// <summary>Languages the recognizers know, by ISO 639-1 code.</summary>
public static class Culture
{
    public const string German = "de";
    public const string English = "en";
    public const string Dutch = "nl";
    public const string French = "fr";
    public const string Spanish = "es";
    public const string Italian = "it";
    public const string Portuguese = "pt";
    public const string Turkish = "tr";
    public const string Arabic = "ar";
    public const string Ukrainian = "uk";
    public const string Russian = "ru";
    public const string Persian = "fa";

    /// <summary>"de-DE", "DE" and "de" all become "de".</summary>
    public static string Normalize(string? culture)
    {
        if (string.IsNullOrEmpty(culture))
            return German;
        var dash = culture.IndexOfAny(['-', '_']);
        return (dash > 0 ? culture[..dash] : culture).ToLowerInvariant();
    }
}
