using System.Globalization;
using System.Text;
using IntegrationBot.Ideas.Fields;

namespace IntegrationBot.Ideas.Tests.Fields;

/// <summary>Top-1 and top-3 hits of the field classifier on labelled ideas: overall, per language and per field.</summary>
public sealed record FieldAccuracyReport(IReadOnlyList<Outcome> Outcomes)
{
    public AccuracyRow Total => Row("all", Outcomes);

    public IReadOnlyList<AccuracyRow> ByLanguage =>
        [.. Outcomes.GroupBy(o => o.Idea.Language).Select(g => Row(g.Key, [.. g]))];

    public IReadOnlyList<AccuracyRow> ByField =>
        [.. Outcomes.GroupBy(o => o.Idea.Field).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, [.. g]))];

    public IEnumerable<string> Misses => Outcomes.Where(o => !o.Top1)
        .Select(o => $"{o.Idea.Language} {o.Idea.Field} <- {string.Join(", ", o.Ranked.Take(3))} [{string.Join(' ', o.Concepts)}]: {o.Idea.Text}");

    public static FieldAccuracyReport Measure(FieldClassifier classifier, IReadOnlyList<LabelledIdea> ideas) =>
        new([.. ideas.Select(idea => new Outcome(idea, [.. classifier.Suggest(idea.Text, idea.Language).Select(s => s.Field)], classifier.ConceptsOf(idea.Text)))]);

    /// <summary>The Markdown tables docs/ideas.md shows.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        Table(text, "language", ByLanguage.Append(Total));
        text.Append('\n');
        Table(text, "Handlungsfeld", ByField.Append(Total));
        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, IEnumerable<AccuracyRow> rows)
    {
        text.Append(CultureInfo.InvariantCulture, $"| {title} | ideas | top-1 | top-3 |\n| --- | ---: | ---: | ---: |\n");
        foreach (var row in rows)
            text.Append(CultureInfo.InvariantCulture, $"| {row.Name} | {row.Count} | {row.Top1Rate:P1} | {row.Top3Rate:P1} |\n");
    }

    private static AccuracyRow Row(string name, IReadOnlyCollection<Outcome> outcomes) =>
        new(name, outcomes.Count, outcomes.Count(o => o.Top1), outcomes.Count(o => o.Top3));
}

public sealed record Outcome(LabelledIdea Idea, IReadOnlyList<string> Ranked, IReadOnlyList<string> Concepts)
{
    public bool Top1 => Ranked.Count > 0 && Ranked[0] == Idea.Field;
    public bool Top3 => Ranked.Take(3).Contains(Idea.Field);
}

public sealed record AccuracyRow(string Name, int Count, int Top1, int Top3)
{
    public double Top1Rate => (double)Top1 / Count;
    public double Top3Rate => (double)Top3 / Count;
}
