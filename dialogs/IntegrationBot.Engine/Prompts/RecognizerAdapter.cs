using System.Globalization;
using IntegrationBot.Recognizers.Boolean;
using IntegrationBot.Recognizers.DateTime;
using IntegrationBot.Recognizers.Email;
using IntegrationBot.Recognizers.Number;
using IntegrationBot.Recognizers.Ordinal;
using IntegrationBot.Recognizers.Phone;

namespace IntegrationBot.Engine.Prompts;

/// <summary>The prompts' view of the multilingual recognizers (IntegrationBot.Recognizers).</summary>
public sealed class RecognizerAdapter : IPromptRecognizers
{
    public bool? Boolean(string text, string culture) =>
        BooleanRecognizer.TryRecognize(text, culture, out var value) ? value : null;

    public decimal? Number(string text, string culture) =>
        NumberRecognizer.TryParseNumber(text, culture, out var value) && Math.Abs(value) < 1e12 ? (decimal)value : null;

    public int? Position(string text, string culture, int count)
    {
        if (int.TryParse(text.Trim().TrimEnd('.'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var digits))
            return digits;
        if (OrdinalRecognizer.TryRecognize(text, culture, out var ordinal))
            return ordinal.ToIndex(count) + 1;
        // "Nummer zwei", "two": a lone small number names a position too.
        var numbers = NumberRecognizer.Recognize(text, culture);
        return numbers.Count == 1 && NumberRecognizer.TryParseNumber(text, culture, out var number) && number == Math.Floor(number) && number is >= 1 and <= 100
            ? (int)number
            : null;
    }

    public string? Email(string text) => EmailRecognizer.TryRecognize(text, out var address) ? address : null;

    public string? Phone(string text) => PhoneRecognizer.TryRecognize(text, out var number) ? number : null;

    public DateTimeSpan? DateTime(string text, string culture, System.DateTime reference) =>
        DateTimeRecognizer.RecognizeRanges(text, culture, reference) is [var first, ..] ? first : null;
}
