using System.Globalization;
using System.Text.Json;
using IntegrationBot.Recognizers.DateTime;

namespace IntegrationBot.Recognizers.Tests.DateTime;

/// <summary>
/// Scores the date/time recognizer on a public spec file by the rule in recognizer-specs/README.md: a case passes
/// when the multiset of (lower-cased text, typeName, multiset of value keys) equals the expected one.
/// Kept here until the shared grader lands in main.
/// </summary>
internal static class DateTimeSpecScoring
{
    public sealed record Outcome(string Input, string Reference, bool Passed, IReadOnlyList<string> Expected, IReadOnlyList<string> Actual);

    public static IReadOnlyList<Outcome> Run(string path, string culture)
    {
        var outcomes = new List<Outcome>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var input = root.GetProperty("input").GetString()!;
            var refText = root.GetProperty("reference").ValueKind == JsonValueKind.String ? root.GetProperty("reference").GetString()! : null;
            var reference = refText is null
                ? System.DateTime.Now
                : System.DateTime.Parse(refText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            var expected = root.GetProperty("results").EnumerateArray().Select(ExpectedKey).Order(StringComparer.Ordinal).ToList();
            var actual = DateTimeRecognizer.Recognize(input, culture, reference).Select(ActualKey).Order(StringComparer.Ordinal).ToList();
            outcomes.Add(new Outcome(input, refText ?? "now", expected.SequenceEqual(actual), expected, actual));
        }
        return outcomes;
    }

    private static string ExpectedKey(JsonElement result)
    {
        var values = result.GetProperty("resolution").GetProperty("values").EnumerateArray()
            .Select(v => ValueKey(Field(v, "timex"), Field(v, "type"), Field(v, "value"), Field(v, "start"), Field(v, "end"), Field(v, "Mod")));
        return Key(result.GetProperty("text").GetString()!, result.GetProperty("typeName").GetString()!, values);
    }

    private static string ActualKey(ModelResult result)
    {
        var values = result.Resolution is DateTimeResolution r
            ? r.Values.Select(v => ValueKey(v.Timex, v.Type, v.Value, v.Start, v.End, v.Mod))
            : [];
        return Key(result.Text, result.TypeName, values);
    }

    private static string Key(string text, string typeName, IEnumerable<string> values) =>
        $"{text.ToLowerInvariant()} | {typeName} | {string.Join(" ; ", values.Order(StringComparer.Ordinal))}";

    private static string ValueKey(string? timex, string? type, string? value, string? start, string? end, string? mod) =>
        $"timex={timex ?? "-"} type={type ?? "-"} value={value ?? "-"} start={start ?? "-"} end={end ?? "-"} mod={mod ?? "-"}";

    private static string? Field(JsonElement element, string name) => element.TryGetProperty(name, out var v)
        ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => null,
            _ => v.GetRawText(),
        }
        : null;
}
