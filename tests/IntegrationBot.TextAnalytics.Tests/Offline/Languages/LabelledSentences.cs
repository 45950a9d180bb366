namespace IntegrationBot.TextAnalytics.Tests.Offline.Languages;

/// <summary>The hand-labelled acceptance set (language-id.tsv, copied next to the test assembly).</summary>
internal static class LabelledSentences
{
    public static IReadOnlyList<(string Code, string Sentence)> Load() =>
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Offline", "language-id.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0], parts[1])),
    ];
}
