using System.Globalization;
using System.Text;
using IntegrationBot.Contacts.Topics;

namespace IntegrationBot.Contacts.Tests.Topics;

/// <summary>Top-1 and top-3 hits of the classifier on the labelled needs, per language and overall.</summary>
public sealed record AccuracyReport(IReadOnlyList<AccuracyRow> Rows, IReadOnlyList<string> Misses)
{
    public AccuracyRow Total => new("all", Rows.Sum(r => r.Count), Rows.Sum(r => r.Top1), Rows.Sum(r => r.Top3));

    public static AccuracyReport Measure(TopicClassifier classifier, IReadOnlyList<LabelledNeed> needs)
    {
        var misses = new List<string>();
        var rows = needs.GroupBy(n => n.Language).Select(group =>
        {
            int top1 = 0, top3 = 0;
            foreach (var need in group)
            {
                var ranked = classifier.Classify(need.Text).Top(3).ToList();
                if (ranked.Count > 0 && ranked[0] == need.Expected)
                    top1++;
                else
                    misses.Add($"{need.Language} {need.Expected} <- {string.Join(",", ranked)}: {need.Text}");
                if (ranked.Contains(need.Expected))
                    top3++;
            }
            return new AccuracyRow(group.Key, group.Count(), top1, top3);
        }).ToList();
        return new AccuracyReport(rows, misses);
    }

    /// <summary>The Markdown table that docs/contacts.md shows.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder("| language | needs | top-1 | top-3 |\n| --- | ---: | ---: | ---: |\n");
        foreach (var row in Rows.Append(Total))
            text.Append(CultureInfo.InvariantCulture, $"| {row.Language} | {row.Count} | {row.Top1Rate:P1} | {row.Top3Rate:P1} |\n");
        return text.ToString();
    }
}

public sealed record AccuracyRow(string Language, int Count, int Top1, int Top3)
{
    public double Top1Rate => (double)Top1 / Count;
    public double Top3Rate => (double)Top3 / Count;
}
