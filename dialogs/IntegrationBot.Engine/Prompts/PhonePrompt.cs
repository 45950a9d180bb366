using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Prompts;

/// <summary>A phone number in any common notation ("0251 492-0", "+49 251 4920").</summary>
public sealed class PhonePrompt(string id = PromptIds.Phone) : Prompt<string>(id)
{
    protected override Text DefaultRetry => Text.Of("Engine_Retry_Phone");

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptInput input, PromptOptions options) =>
        dc.Services.Recognizers.Phone(input.Text) is { } phone
            ? PromptRecognition<string>.Accept(phone)
            : PromptRecognition<string>.Reject();
}
