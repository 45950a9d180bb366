using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Flows.Ideas;

/// <summary>The answer to a question that takes a button or free text: exactly one of the two is set.</summary>
public sealed record TextOrChoice(string? Choice, string? Text);

/// <summary>
/// A question answered either by one of <see cref="PromptOptions.Choices"/> or in the user's own words ("tell me your
/// idea, or pick a Handlungsfeld"; "anything to add, or done?"). Only short answers are matched against the choices,
/// so an idea that happens to mention "Sport und Freizeit" stays an idea.
/// </summary>
public sealed class TextOrChoicePrompt() : Prompt<TextOrChoice>(PromptId)
{
    public const string PromptId = "prompt.idea-text-or-choice";
    private const int MaxWordsOfAChoice = 4;

    protected override Text DefaultRetry => Text.Of("Engine_Retry_Text");

    protected override IReadOnlyList<PromptButton> Buttons(DialogContext dc, PromptOptions options) =>
        [.. (options.Choices ?? []).Select(c => PromptButton.Choice(dc.Texts[c.Title], c.Value))];

    protected override PromptRecognition<TextOrChoice> Recognize(DialogContext dc, PromptInput input, PromptOptions options)
    {
        var text = input.Text.Trim();
        var isShort = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsOfAChoice;
        if ((input.Choice is not null || isShort)
            && ChoiceMatcher.Match(options.Choices ?? [], input, dc.Texts, dc.Services.Recognizers, dc.Turn.Locale) is { } choice)
        {
            return PromptRecognition<TextOrChoice>.Accept(new TextOrChoice(choice.Value, null));
        }
        if (input.Choice is not null || text.Length == 0)
            return PromptRecognition<TextOrChoice>.Reject();
        if (options.Max is { } max && text.Length > max)
            return PromptRecognition<TextOrChoice>.Reject(Text.Of("Engine_TooLong", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return PromptRecognition<TextOrChoice>.Accept(new TextOrChoice(null, text));
    }
}
