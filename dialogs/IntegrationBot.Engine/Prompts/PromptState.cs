namespace IntegrationBot.Engine.Prompts;

/// <summary>A waiting prompt's persisted state; <paramref name="Page"/> is the page of choices shown last (Teams cards).</summary>
public sealed record PromptState(PromptOptions Options, int Attempts, int Page = 0);

/// <summary>The outcome of reading one answer: a value, or the reason it was not accepted.</summary>
public readonly record struct PromptRecognition<T>(bool Succeeded, T? Value, Localization.Text? Reason)
{
    public static PromptRecognition<T> Accept(T value) => new(true, value, null);

    public static PromptRecognition<T> Reject(Localization.Text? reason = null) => new(false, default, reason);
}

/// <summary>Ids of the prompts the engine registers.</summary>
public static class PromptIds
{
    public const string Text = "prompt.text";
    public const string Number = "prompt.number";
    public const string Confirm = "prompt.confirm";
    public const string Choice = "prompt.choice";
    public const string DateTime = "prompt.datetime";
    public const string Email = "prompt.email";
    public const string Phone = "prompt.phone";
}
