using System.Text.Json;
using IntegrationBot.Recognizers.Grader;
using IntegrationBot.Testing;

namespace IntegrationBot.Recognizers.Tests.Grader;

/// <summary>
/// Grades the public recognizer specs and holds each model.lang to the pass rate recorded in
/// recognizer-floors.json (percent, rounded down). Floors only go up: raise one when a recognizer improves.
/// </summary>
public sealed class SpecFloorsTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, double>> Floors = new(() =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "recognizer-floors.json")))!);

    [Fact]
    public void Every_model_and_language_stays_at_or_above_its_recorded_floor()
    {
        var report = Grade();

        var below = report.Scores
            .Where(s => Floors.Value.TryGetValue(s.Key, out var floor) && s.Rate * 100 < floor)
            .Select(s => $"{s.Key}: {s.Rate:P1} < floor {Floors.Value[s.Key]} %")
            .ToList();

        Assert.Empty(below);
    }

    [Fact]
    public void Every_graded_spec_file_has_a_floor_and_every_floor_a_spec_file()
    {
        var graded = Grade().Scores.Select(s => s.Key).Order(StringComparer.Ordinal);

        Assert.Equal(graded, Floors.Value.Keys.Order(StringComparer.Ordinal));
    }

    private static GradeReport Grade() =>
        new SpecGrader(TimeProvider.System).GradeDirectory(SharedFolder.Require("recognizer-specs"));
}
