using System.Globalization;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Engine.Prompts;

/// <summary>A whole number in digits or words ("zwei Personen", "three"), within <see cref="PromptOptions.Min"/>..<see cref="PromptOptions.Max"/>.</summary>
public sealed class NumberPrompt(string id = PromptIds.Number) : Prompt<int>(id)
{
    protected override Text DefaultRetry => Text.Of("Engine_Retry_Number");

    protected override PromptRecognition<int> Recognize(DialogContext dc, PromptInput input, PromptOptions options)
    {
        if (dc.Services.Recognizers.Number(input.Text, dc.Turn.Locale) is not { } number || number != decimal.Truncate(number))
            return PromptRecognition<int>.Reject();
        var min = options.Min ?? int.MinValue;
        var max = options.Max ?? int.MaxValue;
        if (number < min || number > max)
            return PromptRecognition<int>.Reject(Text.Of("Engine_Retry_Range", min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture)));
        return PromptRecognition<int>.Accept((int)number);
    }
}
