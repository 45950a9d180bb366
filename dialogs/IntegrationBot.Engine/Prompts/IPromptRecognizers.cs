namespace IntegrationBot.Engine.Prompts;

/// <summary>A concrete span of time a date/time answer stands for (a day, a time, or a range), in wall-clock time.</summary>
public sealed record DateTimeSpan(DateTime Start, DateTime End, string Timex);

/// <summary>What prompts need from the recognizers, in the user's language. Null means "nothing recognised".</summary>
public interface IPromptRecognizers
{
    bool? Boolean(string text, string culture);

    decimal? Number(string text, string culture);

    /// <summary>A 1-based position in a list of <paramref name="count"/> items: "2", "the second", "den letzten", "vorletzte".</summary>
    int? Position(string text, string culture, int count);

    string? Email(string text);

    string? Phone(string text);

    DateTimeSpan? DateTime(string text, string culture, DateTime reference);
}
