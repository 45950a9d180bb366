using System.Globalization;

namespace IntegrationBot.Recognizers.Grader;

/// <summary>Pass rates per <c>model.lang</c>, never pooled across files (their sizes differ widely).</summary>
public sealed record GradeReport(IReadOnlyList<CaseOutcome> Outcomes)
{
    public int Passed => Outcomes.Count(o => o.Passed);

    public int Failed => Outcomes.Count - Passed;

    public IReadOnlyList<ModelLanguageScore> Scores { get; } = Outcomes
        .GroupBy(o => o.Case.Model + "." + o.Case.Language, StringComparer.Ordinal)
        .Select(g => new ModelLanguageScore(g.Key, g.Count(), g.Count(o => o.Passed)))
        .OrderBy(s => s.Key, StringComparer.Ordinal)
        .ToList();

    public void WriteTable(TextWriter writer)
    {
        writer.WriteLine($"{"model.lang",-24} {"cases",6} {"passed",7} {"rate",7}");
        foreach (var score in Scores)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Key,-24} {score.Cases,6} {score.Passed,7} {score.Rate,7:P1}"));
        writer.WriteLine($"{Passed} passed, {Failed} failed");
    }
}

/// <summary>How many of one spec file's cases passed.</summary>
public sealed record ModelLanguageScore(string Key, int Cases, int Passed)
{
    public double Rate => Cases == 0 ? 0 : (double)Passed / Cases;
}
