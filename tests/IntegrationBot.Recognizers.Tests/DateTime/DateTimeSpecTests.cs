using System.Globalization;
using IntegrationBot.Testing;

namespace IntegrationBot.Recognizers.Tests.DateTime;

/// <summary>
/// Pass rates on the public recognizer specs (README rule). The floors ratchet up as the recognizer improves, so
/// a regression fails. Set DATETIME_SPEC_REPORT to a folder to get the failing cases written there.
/// </summary>
public sealed class DateTimeSpecTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("de", 0.95)]
    [InlineData("en", 0.95)]
    [InlineData("nl", 0.85)]
    [InlineData("fr", 0.85)]
    [InlineData("es", 0.75)]
    public void Public_datetime_specs_pass_at_least_the_recorded_rate(string culture, double floor)
    {
        var path = SharedFolder.Require($"recognizer-specs/datetime.{culture}.jsonl");
        var outcomes = DateTimeSpecScoring.Run(path, culture);
        var rate = outcomes.Count(o => o.Passed) / (double)outcomes.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"datetime.{culture}: {outcomes.Count(o => o.Passed)}/{outcomes.Count} = {rate:P1}"));
        WriteReport(culture, outcomes);
        Assert.True(rate >= floor, string.Create(CultureInfo.InvariantCulture, $"datetime.{culture} pass rate {rate:P1} fell below {floor:P1}"));
    }

    private static void WriteReport(string culture, IReadOnlyList<DateTimeSpecScoring.Outcome> outcomes)
    {
        var folder = Environment.GetEnvironmentVariable("DATETIME_SPEC_REPORT");
        if (string.IsNullOrEmpty(folder))
            return;
        Directory.CreateDirectory(folder);
        var lines = outcomes.Where(o => !o.Passed).SelectMany(o => (string[])[
            $"IN: {o.Input.ReplaceLineEndings(" ")}   (ref {o.Reference})",
            .. o.Expected.Select(e => "  want " + e),
            .. o.Actual.Select(a => "  got  " + a),
            ""]);
        File.WriteAllLines(Path.Combine(folder, $"datetime.{culture}.failures.txt"), lines);
    }
}
