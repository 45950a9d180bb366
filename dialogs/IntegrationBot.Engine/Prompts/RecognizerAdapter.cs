namespace IntegrationBot.Engine.Prompts;

/// <summary>The prompts' view of the multilingual recognizers (IntegrationBot.Recognizers).</summary>
public sealed class RecognizerAdapter : IPromptRecognizers
{
    public bool? Boolean(string text, string culture) => null;

    public decimal? Number(string text, string culture) => null;

    public int? Position(string text, string culture, int count) => null;

    public string? Email(string text) => null;

    public string? Phone(string text) => null;

    public DateTimeSpan? DateTime(string text, string culture, DateTime reference) => null;
}
