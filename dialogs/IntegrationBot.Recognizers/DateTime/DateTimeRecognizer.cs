using IntegrationBot.Recognizers.DateTime.Core;
using IntegrationBot.Recognizers.DateTime.Dutch;
using IntegrationBot.Recognizers.DateTime.English;
using IntegrationBot.Recognizers.DateTime.French;
using IntegrationBot.Recognizers.DateTime.German;
using IntegrationBot.Recognizers.DateTime.Italian;
using IntegrationBot.Recognizers.DateTime.Portuguese;
using IntegrationBot.Recognizers.DateTime.Spanish;
using IntegrationBot.Recognizers.DateTime.Turkish;

namespace IntegrationBot.Recognizers.DateTime;

/// <summary>
/// Dates, times, ranges, durations and sets, resolved against a wall-clock reference time (the bot passes
/// Europe/Berlin local time). Results follow Microsoft Recognizers-Text's datetimeV2 shape; matched text is
/// lower-cased as upstream's .NET recognizer returns it. Pure and thread-safe.
/// </summary>
public static class DateTimeRecognizer
{
    private static readonly Lazy<Grammar> GermanRules = new(GermanGrammar.Create);
    private static readonly Lazy<Grammar> EnglishRules = new(EnglishGrammar.Create);
    private static readonly Lazy<Grammar> DutchRules = new(DutchGrammar.Create);
    private static readonly Lazy<Grammar> FrenchRules = new(FrenchGrammar.Create);
    private static readonly Lazy<Grammar> SpanishRules = new(SpanishGrammar.Create);
    private static readonly Lazy<Grammar> ItalianRules = new(ItalianGrammar.Create);
    private static readonly Lazy<Grammar> PortugueseRules = new(PortugueseGrammar.Create);
    private static readonly Lazy<Grammar> TurkishRules = new(TurkishGrammar.Create);

    public static IReadOnlyList<ModelResult> Recognize(string text, string culture, System.DateTime reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (GrammarFor(culture) is not { } grammar)
            return [];
        var lower = text.ToLowerInvariant();
        return [.. Run(grammar, lower, reference).Select(c => new ModelResult(
            lower.Substring(c.Start, c.Length), c.Start, c.End - 1, "datetimeV2." + c.Entity.TypeName,
            new DateTimeResolution(c.Entity.ToValues())))];
    }

    /// <summary>
    /// Concrete spans for scheduling, choosing the future reading: a day is that day, "im Mai" the next May (or
    /// the current one while it lasts), "nächste Woche" Monday to Sunday. Durations and sets are left out.
    /// </summary>
    public static IReadOnlyList<DateTimeSpan> RecognizeRanges(string text, string culture, System.DateTime reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (GrammarFor(culture) is not { } grammar)
            return [];
        var lower = text.ToLowerInvariant();
        var spans = new List<DateTimeSpan>();
        foreach (var candidate in Run(grammar, lower, reference))
        {
            if (candidate.Entity.ToSpan() is { } span)
                spans.Add(new DateTimeSpan(text.Substring(candidate.Start, candidate.Length), span.Start, span.End, span.HasTime));
        }
        return spans;
    }

    // A pattern is JIT-compiled during its first match, and on a loaded machine that can outlast the runaway guard
    // (Rx.Timeout). Running once more then takes microseconds; a second timeout is a real runaway: no date, no crash.
    private static List<Candidate> Run(Grammar grammar, string lower, System.DateTime reference)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Pipeline.Run(grammar, lower, reference);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException) when (attempt == 1)
            {
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                return [];
            }
        }
    }

    private static Grammar? GrammarFor(string culture) => Culture.Normalize(culture) switch
    {
        Culture.German => GermanRules.Value,
        Culture.English => EnglishRules.Value,
        Culture.Dutch => DutchRules.Value,
        Culture.French => FrenchRules.Value,
        Culture.Spanish => SpanishRules.Value,
        Culture.Italian => ItalianRules.Value,
        Culture.Portuguese => PortugueseRules.Value,
        Culture.Turkish => TurkishRules.Value,
        _ => null,
    };
}
