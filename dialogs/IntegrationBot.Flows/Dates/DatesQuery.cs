using System.Text.RegularExpressions;
using IntegrationBot.Domain.Events;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Flows.Events;
using IntegrationBot.Recognizers.DateTime;

namespace IntegrationBot.Flows.Dates;

/// <summary>
/// A question about dates, understood: the time span (the date recognizer, else month names from the glossary, else
/// "from now on"), and the kinds and Handlungsfelder it names. Spans are Münster wall-clock days turned into instants.
/// </summary>
public sealed partial record DatesQuery(DateTimeOffset From, DateTimeOffset To, bool HasSpan, IReadOnlyList<EventKind> Kinds, IReadOnlyList<string> Fields)
{
    private static readonly TimeSpan Upcoming = TimeSpan.FromDays(2 * 365);

    public static DatesQuery Parse(string question, string language, DateTimeOffset now, IBotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(question);
        var kinds = EventGlossary.KindsIn(question, texts);
        var fields = EventGlossary.FieldsIn(question, texts);
        var today = EventFormat.Local(now);
        (DateTime From, DateTime To)? span = null;
        if (DateTimeRecognizer.RecognizeRanges(question, language, today) is [var found, ..])
            span = (found.Start, found.HasTime ? found.End : found.End.Date.AddDays(1));
        else if (EventGlossary.MonthsIn(question, texts) is [var month, ..])
        {
            var first = new DateTime(today.Year, month, 1);
            span = (first, first.AddMonths(1));
        }
        if (span is not { } local)
            return new DatesQuery(now, now + Upcoming, false, kinds, fields);

        // "im Mai" in November means next May, unless the question names a year ("Fachforen 2024": the archive).
        if (ToInstant(local.To) <= now && !YearPattern().IsMatch(question))
            local = (local.From.AddYears(1), local.To.AddYears(1));
        return new DatesQuery(ToInstant(local.From), ToInstant(local.To), true, kinds, fields);
    }

    public bool Matches(EventRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Start >= From && e.Start < To
            && (Kinds.Count == 0 || Kinds.Contains(e.Kind))
            && (Fields.Count == 0 || e.Fields.Any(Fields.Contains));
    }

    private static DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, EventFormat.Berlin.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex YearPattern();
}
