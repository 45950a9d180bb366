using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;

namespace IntegrationBot.Flows.Ideas;

/// <summary>
/// An e-mail address or a phone number in one question (the idea flow asks for "a way to reach you", not for both),
/// read with the engine's recognizers so that "meine Mail ist a.b@example.org" works as in the registration.
/// </summary>
public sealed class ContactPrompt() : Prompt<string>(PromptId)
{
    public const string PromptId = "prompt.idea-contact";

    protected override Text DefaultRetry => Text.Of("Idea_Retry_Contact");

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptInput input, PromptOptions options) =>
        (dc.Services.Recognizers.Email(input.Text) ?? dc.Services.Recognizers.Phone(input.Text)) is { } contact
            ? PromptRecognition<string>.Accept(contact)
            : PromptRecognition<string>.Reject();
}
