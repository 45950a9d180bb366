using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Prompts;

/// <summary>One of <see cref="PromptOptions.Choices"/>; returns the chosen <see cref="Choice.Value"/>.</summary>
public sealed class ChoicePrompt(string id = PromptIds.Choice) : Prompt<string>(id)
{
    protected override Text DefaultRetry => Text.Of("Engine_Retry_Choice");

    protected override bool AnsweredInWords => false;

    protected override IReadOnlyList<PromptButton> Buttons(DialogContext dc, PromptOptions options) =>
        [.. (options.Choices ?? []).Select(c => PromptButton.Choice(dc.Texts[c.Title], c.Value))];

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptInput input, PromptOptions options) =>
        ChoiceMatcher.Match(options.Choices ?? [], input, dc.Texts, dc.Services.Recognizers, dc.Turn.Locale) is { } choice
            ? PromptRecognition<string>.Accept(choice.Value)
            : PromptRecognition<string>.Reject();
}
