using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>Durations ("2 hours", "for 3 days"), sets ("every Monday", "weekly") and "now".</summary>
internal static class EnglishOtherRules
{
    private const string Wd = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private const string UnitWords = "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|months?|years?|yrs?|fortnights?)";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.,])(?<num>{EnglishNumbers.Number}|½|one\s+and\s+a\s+half|(?:\d+|(?>{EnglishNumbers.Cardinals.Pattern}))\s+and\s+a\s+half)\s*-?\s*(?<unit>{UnitWords})\b(?<half>\s+and\s+(?:a\s+)?half\b)?", Duration).When(EnglishWords.UnitTrigger),
        Rx.Atom(@"(?<![\w.,/-])(?<num>\d+(?:\.\d+)?)(?<unit>[dhms])\b", Duration).When(Trigger.Digit),
        Rx.Atom(@"\b(?<in>in\s+)?(?:half\s+an|a\s+half)\s+hour\b", (m, r) => m.Has("in")
            ? DateTimeEntity.Exact(r.AddMinutes(30))
            : DurationEntity.Of(DurationUnit.Hour, 0.5m)),
        Rx.Atom(@"\b(?:all|whole|the\s+whole|entire|the\s+entire)\s+(?<unit>day|week|month|year|night)\b", (m, r) => DurationEntity.Of(EnglishWords.Units.Get(m.G("unit")), 1)),
        Rx.Atom(@"\b(?<adv>daily|weekly|monthly|annually|annual|yearly|quarterly|semi-annually|semiannually|semi-annual|semiannual|biweekly|bi-weekly|hourly|nightly)\b", Adverb),
        Rx.Atom(@"\beveryday\b", (m, r) => new SetEntity("P1D")),
        Rx.Atom($@"\b(?:every|each)\s+(?:other\s+)?(?<what>day|week|month|year|quarter|hour|minute|morning|afternoon|evening|night|weekend|{Wd})\b", Each),
        Rx.Atom($@"\b(?:every|each)\s+(?<num>{EnglishNumbers.Number})\s+(?<unit>{UnitWords})\b", Every).When(Trigger.AnyOf(["every", "each"])),
        Rx.Atom(@"\b(?:once|one)\s+a\s+(?<what>day|week|month|year)\b", Each),
        Rx.Atom(@"\bany\s+(?<what>day|week|month|year)\b", Each),
        Rx.Atom($@"\b(?<wd>{Wd})s\b(?:\s+(?<part>mornings|afternoons|evenings|nights))?", Weekdays),
        Rx.Atom($@"\b(?<wd>{Wd})\s+(?<part>mornings|afternoons|evenings|nights)\b", Weekdays),
        Rx.Atom(@"\b(?<part>mornings|afternoons|evenings|nights)\b", (m, r) => new SetEntity(EnglishWords.Parts.Get(m.G("part"))!.Timex)),
        Rx.Atom($@"\b{EnglishNumbers.Day}\s+of\s+(?:every|each)\s+month\b", (m, r) => EnglishNumbers.ParseDay(m.G("day"), m.G("dayw")) is { } d ? new SetEntity(Format.DateTimex(null, null, d)) : null),
        Rx.Atom(@"\b(?:right\s+now|now|at\s+the\s+minute|at\s+the\s+moment|at\s+present|currently|as\s+of\s+now)\b", (m, r) => DateTimeEntity.Present(r)),
        Rx.Atom(@"\b(?:the\s+)?end\s+of\s+(?:the\s+)?(?<what>day|today|tomorrow|yesterday)\b", EndOfDay),
    ];

    private static Entity? Duration(Match m, System.DateTime reference)
    {
        var numText = Regex.Replace(m.G("num"), @"\s+", " ");
        decimal? amount = numText switch
        {
            "½" => 0.5m,
            _ when numText.EndsWith(" and a half", StringComparison.Ordinal) => EnglishNumbers.Parse(numText[..^" and a half".Length]) + 0.5m,
            _ => EnglishNumbers.Parse(numText),
        };
        var unitText = m.G("unit");
        if (amount is not { } n)
            return null;
        if (m.Has("half"))
            n += 0.5m;
        if (unitText == "night" && n != 1)
            return null;
        if (unitText.StartsWith("fortnight", StringComparison.Ordinal))
            return DurationEntity.Of(DurationUnit.Week, 2 * n);
        var unit = unitText switch
        {
            "d" => DurationUnit.Day,
            "h" => DurationUnit.Hour,
            "m" => DurationUnit.Minute,
            "s" => DurationUnit.Second,
            _ => EnglishWords.Units.TryGet(unitText, out var u) ? u : (DurationUnit?)null,
        };
        return unit is { } du ? DurationEntity.Of(du, n) : null;
    }

    private static Entity? Adverb(Match m, System.DateTime reference) => new SetEntity(m.G("adv") switch
    {
        "daily" => "P1D",
        "weekly" => "P1W",
        "biweekly" or "bi-weekly" => "P2W",
        "monthly" => "P1M",
        "quarterly" => "P3M",
        "hourly" => "PT1H",
        "nightly" => "TNI",
        "annually" or "annual" or "yearly" => "P1Y",
        _ => "P0.5Y",
    });

    private static Entity? Each(Match m, System.DateTime reference)
    {
        var what = m.G("what");
        if (EnglishWords.Weekdays.TryGet(what, out var day))
            return new SetEntity("XXXX-WXX-" + day);
        if (EnglishWords.Parts.TryGet(what, out var part))
            return new SetEntity(part.Timex);
        return new SetEntity(what switch
        {
            "quarter" => "P3M",
            "hour" => "PT1H",
            "minute" => "PT1M",
            "weekend" => "XXXX-WXX-WE",
            _ => DurationEntity.Of(EnglishWords.Units.Get(what), 1).Timex,
        });
    }

    private static Entity? Every(Match m, System.DateTime reference) =>
        EnglishNumbers.Parse(m.G("num")) is { } amount && EnglishWords.Units.TryGet(m.G("unit"), out var unit)
            ? new SetEntity(DurationEntity.Of(unit, amount).Timex)
            : null;

    private static Entity? Weekdays(Match m, System.DateTime reference)
    {
        var timex = "XXXX-WXX-" + EnglishWords.Weekdays.Get(m.G("wd"));
        return new SetEntity(m.Has("part") ? timex + EnglishWords.Parts.Get(m.G("part"))!.Timex : timex);
    }

    private static Entity? EndOfDay(Match m, System.DateTime reference)
    {
        var offset = m.G("what") switch { "tomorrow" => 1, "yesterday" => -1, _ => 0 };
        return DateTimeEntity.Exact(reference.Date.AddDays(offset).Add(new TimeSpan(23, 59, 59)));
    }
}
