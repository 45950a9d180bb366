using IntegrationBot.Contacts.Topics;

namespace IntegrationBot.Contacts.Tests.Topics;

/// <summary>One line of labelled-needs.tsv: a need in the resident's words and the topic a coordinator would pick.</summary>
public sealed record LabelledNeed(string Language, Topic Expected, string Text)
{
    public static IReadOnlyList<LabelledNeed> Load(string file = "labelled-needs.tsv")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Topics", file);
        return [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new LabelledNeed(parts[0], Enum.Parse<Topic>(parts[1]), parts[2]))];
    }
}
