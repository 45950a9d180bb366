using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Prompts;

/// <summary>
/// What a prompt asks and accepts. Persisted with the prompt (as resource keys, so a reprompt after a language change
/// speaks the new language), which keeps it small.
/// </summary>
public sealed record PromptOptions(Text Prompt)
{
    /// <summary>Said before asking again after an answer that did not fit; null uses the prompt type's default.</summary>
    public Text? Retry { get; init; }

    /// <summary>The options of a choice prompt (also shown as buttons).</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Smallest accepted number (number prompt).</summary>
    public int? Min { get; init; }

    /// <summary>Largest accepted number (number prompt) or text length (text prompt).</summary>
    public int? Max { get; init; }

    /// <summary>Date/time prompt: only dates from now on are accepted.</summary>
    public bool? FutureOnly { get; init; }

    /// <summary>The user may skip the question (an optional e-mail or phone number); a skip returns null.</summary>
    public bool? Optional { get; init; }
}

/// <summary>An option of a choice prompt: the value the flow gets, the title the user sees, optional synonyms (resource keys, ';'-separated words).</summary>
public sealed record Choice(string Value, Text Title, string? SynonymsKey = null);
