using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Prompts;

/// <summary>An e-mail address, also inside a sentence ("meine Mail ist a.b@example.org").</summary>
public sealed class EmailPrompt(string id = PromptIds.Email) : Prompt<string>(id)
{
    protected override Text DefaultRetry => Text.Of("Engine_Retry_Email");

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptInput input, PromptOptions options) =>
        dc.Services.Recognizers.Email(input.Text) is { } email
            ? PromptRecognition<string>.Accept(email)
            : PromptRecognition<string>.Reject();
}
