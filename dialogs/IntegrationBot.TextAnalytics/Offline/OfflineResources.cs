namespace IntegrationBot.TextAnalytics.Offline;

/// <summary>Reads the analyser's embedded data: training text (Profiles) and stopword lists (Stopwords), one per language.</summary>
internal static class OfflineResources
{
    public static string TrainingText(string code) => Read($"Offline.Profiles.{code}.txt")
        ?? throw new InvalidOperationException($"No training text embedded for '{code}'.");

    /// <summary>The language's stopwords, or an empty list when none are shipped.</summary>
    public static IReadOnlyList<string> Stopwords(string code) =>
        Read($"Offline.Stopwords.{code}.txt") is { } text
            ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    private static string? Read(string name)
    {
        using var stream = typeof(OfflineResources).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
