namespace IntegrationBot.Domain.Events;

/// <summary>Checks an event before it is stored (coordinator input, seed data); returns the problems by field.</summary>
public static class EventValidation
{
    public static IReadOnlyDictionary<string, string[]> Problems(EventRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(e.Id) || e.Id.Length > 80 || !e.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            problems["id"] = ["An id of 1-80 letters, digits, '-' or '_' is required."];
        if (string.IsNullOrWhiteSpace(e.Title) || e.Title.Length > 300)
            problems["title"] = ["A title of 1-300 characters is required."];
        if (!Enum.IsDefined(e.Kind))
            problems["kind"] = ["Unknown kind."];
        if (e.End < e.Start)
            problems["end"] = ["The end must not be before the start."];
        if (e.Capacity is < 0 or > 100_000)
            problems["capacity"] = ["Capacity must be between 0 and 100000."];
        if (e.Reserved < 0 || e.Reserved > e.Capacity)
            problems["reserved"] = ["Reserved places must be between 0 and the capacity."];
        if (e.Fields.FirstOrDefault(f => !Handlungsfelder.IsKnown(f)) is { } unknown)
            problems["fields"] = [$"Unknown Handlungsfeld '{unknown}'."];
        return problems;
    }
}
