using IntegrationBot.Recognizers.DateTime;

namespace IntegrationBot.Engine.Prompts;

/// <summary>What prompts need from the recognizers, in the user's language. Null means "nothing recognised".</summary>
public interface IPromptRecognizers
{
    bool? Boolean(string text, string culture);

    decimal? Number(string text, string culture);

    /// <summary>A 1-based position in a list of <paramref name="count"/> items: "2", "the second", "den letzten", "vorletzte".</summary>
    int? Position(string text, string culture, int count);

    string? Email(string text);

    string? Phone(string text);

    /// <summary>The first date, time or range in the text, future reading preferred.</summary>
    DateTimeSpan? DateTime(string text, string culture, System.DateTime reference);
}
