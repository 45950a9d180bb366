using System.Globalization;
using System.Text.Json;

namespace IntegrationBot.Recognizers.Grader;

/// <summary>Reads the spec files; one file per model and language, one case per line.</summary>
public static class SpecReader
{
    public static IEnumerable<SpecCase> ReadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(ReadFile);

    public static IEnumerable<SpecCase> ReadFile(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (!string.IsNullOrWhiteSpace(line))
                yield return Parse(line);
        }
    }

    public static SpecCase Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var results = root.GetProperty("results").EnumerateArray()
            .Select(r => new SpecResult(
                r.GetProperty("text").GetString() ?? "",
                r.GetProperty("typeName").GetString() ?? "",
                r.GetProperty("resolution").Clone()))
            .ToList();
        var reference = root.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String
            ? System.DateTime.Parse(r.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None)
            : (System.DateTime?)null;
        return new SpecCase(
            root.GetProperty("id").GetString() ?? "",
            root.GetProperty("language").GetString() ?? "",
            root.GetProperty("model").GetString() ?? "",
            root.GetProperty("input").GetString() ?? "",
            reference,
            results,
            root.TryGetProperty("ignoreResolution", out var ignore) && ignore.ValueKind == JsonValueKind.True);
    }
}
