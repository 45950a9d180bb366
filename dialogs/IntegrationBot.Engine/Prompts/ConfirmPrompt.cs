using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Prompts;

/// <summary>Yes or no, in every shipped language ("ja klar", "evet", "نعم"), or by button.</summary>
public sealed class ConfirmPrompt(string id = PromptIds.Confirm) : Prompt<bool>(id)
{
    protected override Text DefaultRetry => Text.Of("Engine_Retry_Confirm");

    protected override bool AnsweredInWords => false;

    protected override IReadOnlyList<PromptButton> Buttons(DialogContext dc, PromptOptions options) =>
    [
        PromptButton.Choice(dc.Texts["Engine_Yes"], "yes"),
        PromptButton.Choice(dc.Texts["Engine_No"], "no"),
    ];

    protected override PromptRecognition<bool> Recognize(DialogContext dc, PromptInput input, PromptOptions options)
    {
        if (input.Choice is "yes" or "no")
            return PromptRecognition<bool>.Accept(input.Choice == "yes");
        var said = ChoiceMatcher.Normalize(input.Text);
        if (said == ChoiceMatcher.Normalize(dc.Texts["Engine_Yes"]))
            return PromptRecognition<bool>.Accept(true);
        if (said == ChoiceMatcher.Normalize(dc.Texts["Engine_No"]))
            return PromptRecognition<bool>.Accept(false);
        return dc.Services.Recognizers.Boolean(input.Text, dc.Turn.Locale) is { } answer
            ? PromptRecognition<bool>.Accept(answer)
            : PromptRecognition<bool>.Reject();
    }
}
