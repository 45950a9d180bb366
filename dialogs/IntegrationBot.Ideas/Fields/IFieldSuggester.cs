namespace IntegrationBot.Ideas.Fields;

/// <summary>Suggests the Handlungsfeld an idea text most likely belongs to, in any shipped language.</summary>
public interface IFieldSuggester
{
    /// <summary>
    /// Every Handlungsfeld with a score, best first; an empty list when the text gives no clue at all.
    /// <paramref name="language"/> is the conversation's language, a hint only.
    /// </summary>
    IReadOnlyList<FieldSuggestion> Suggest(string text, string? language);
}

/// <summary>A Handlungsfeld code (see <c>Handlungsfelder</c>) and a score in (0, 1]; higher is more likely.</summary>
public sealed record FieldSuggestion(string Field, double Score);
