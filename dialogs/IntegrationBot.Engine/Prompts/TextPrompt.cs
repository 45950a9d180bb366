using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Prompts;

/// <summary>Free text; <see cref="PromptOptions.Max"/> limits its length.</summary>
public sealed class TextPrompt(string id = PromptIds.Text) : Prompt<string>(id)
{
    protected override Text DefaultRetry => Text.Of("Engine_Retry_Text");

    protected override PromptRecognition<string> Recognize(DialogContext dc, PromptInput input, PromptOptions options)
    {
        var text = input.Text.Trim();
        if (text.Length == 0)
            return PromptRecognition<string>.Reject();
        if (options.Max is { } max && text.Length > max)
            return PromptRecognition<string>.Reject(Text.Of("Engine_TooLong", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return PromptRecognition<string>.Accept(text);
    }
}
