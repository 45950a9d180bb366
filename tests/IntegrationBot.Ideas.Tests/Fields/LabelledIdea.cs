namespace IntegrationBot.Ideas.Tests.Fields;

/// <summary>One line of a labelled-ideas file: language, the Handlungsfeld a coordinator would pick, the idea text.</summary>
public sealed record LabelledIdea(string Language, string Field, string Text)
{
    public static IReadOnlyList<LabelledIdea> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fields", file);
        return [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new LabelledIdea(parts[0], parts[1], parts[2]))];
    }
}
