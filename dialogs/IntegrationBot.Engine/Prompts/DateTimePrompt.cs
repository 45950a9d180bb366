using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Recognizers.DateTime;

namespace IntegrationBot.Engine.Prompts;

/// <summary>A date, time or range in the user's words ("am 14. Mai um 16 Uhr", "next week"), resolved in Europe/Berlin.</summary>
public sealed class DateTimePrompt(string id = PromptIds.DateTime) : Prompt<DateTimeSpan>(id)
{
    protected override Text DefaultRetry => Text.Of("Engine_Retry_DateTime");

    protected override PromptRecognition<DateTimeSpan> Recognize(DialogContext dc, PromptInput input, PromptOptions options)
    {
        var time = dc.Services.Time;
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), time.LocalTimeZone).DateTime;
        if (dc.Services.Recognizers.DateTime(input.Text, dc.Turn.Locale, now) is not { } span)
            return PromptRecognition<DateTimeSpan>.Reject();
        var end = span.HasTime ? span.End : span.End.AddDays(1); // a day without a time lasts until midnight
        if (options.FutureOnly is true && end <= now)
            return PromptRecognition<DateTimeSpan>.Reject(Text.Of("Engine_Retry_Past"));
        return PromptRecognition<DateTimeSpan>.Accept(span);
    }
}
