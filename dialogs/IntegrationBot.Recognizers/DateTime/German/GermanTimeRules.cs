using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.German;

/// <summary>Times and parts of the day: "16:30", "17 Uhr", "halb fünf", "Viertel nach 8", "abends", "von 17 bis 18 Uhr".</summary>
internal static class GermanTimeRules
{
    private static readonly string H = GermanWords.Hour;
    private const string PartAdverb = "(?:morgens|vormittags|mittags|nachmittags|abends|nachts)";
    private const string DayWord = "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|heute|morgen|übermorgen|gestern|vorgestern)";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom(@"(?<![\w.:,])(?<h>\d{1,2})[:.](?<m>\d{2})(?:[:.](?<s>\d{2}))?\s*uhr\b", Clock),
        Rx.Atom(@"(?<![\w.:,])(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?![\d:])", Clock),
        Rx.Atom(@"(?<![\w.:,])(?<h>\d{1,2})\s*uhr\b(?:\s*(?:und\s+)?(?<m>\d{1,2})\b(?!\s*(?:minuten|min|stunden|uhr|[.:]\d)))?", Clock),
        Rx.Atom($@"\b(?<h>{H})\s+uhr\b", Clock),
        Rx.Atom(@"(?<=\b(?:um|gegen|ab|bis|vor|nach)\s)(?<h>\d{1,2})\b(?![.:,]\d|\.\s*(?:dieses|diesen|nächst|letzt|des|im|am|jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)|\s*(?:uhr|%|prozent|/|-\d|tage?n?|wochen?|monate?n?|jahre?n?|stunden?|minuten?|personen|leute|kinder|euro))", Clock),
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}})\s+(?<part>{PartAdverb})\b", Clock),
        Rx.Atom($@"\bhalb\s+(?<h>{H})\b(?:\s*uhr\b)?", (m, r) => Relative(m, -30)),
        Rx.Atom($@"\bviertel\s+nach\s+(?<h>{H})\b(?:\s*uhr\b)?", (m, r) => Relative(m, 15)),
        Rx.Atom($@"\bviertel\s+vor\s+(?<h>{H})\b(?:\s*uhr\b)?", (m, r) => Relative(m, -15)),
        Rx.Atom($@"\bdrei\s*viertel\s+(?<h>{H})\b(?:\s*uhr\b)?", (m, r) => Relative(m, -15)),
        Rx.Atom($@"\b(?<mn>\d{{1,2}}|{GermanNumbers.Cardinals.Pattern})\s+(?:minuten\s+)?(?<dir>nach|vor)\s+(?<half>halb\s+)?(?<h>{H})\b(?:\s*uhr\b)?", MinutesToHour).When(GermanWords.NachOderVorTrigger),
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}})(?:[:.](?<m>\d{{2}}))?\s*(?:uhr\s+)?(?<part>mittags)\b", Clock),
        Rx.Atom(@"(?<=\b(?:um|gegen|ab|bis)\s)(?<h>eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b(?!\s+(?:tage|wochen|monate|jahre|stunden|minuten|personen|leute|kinder|euro|mal))", Clock),
        Rx.Atom(@"\bmitternachts?\b", (m, r) => new TimeEntity(new TimeSpec(0, 0, 0, TimePrecision.Hour, false))),
        Rx.Atom(@"\bmittags?\b", (m, r) => new TimeEntity(new TimeSpec(12, 0, 0, TimePrecision.Hour, false))),
        Rx.Atom(@"\bam\s+(?<pre>früh|spät)?(?<part>morgen|vormittag|nachmittag|abend)\b", Part),
        Rx.Atom($@"\b(?<pre>früh|spät)?(?<part>{PartAdverb}|vormittag|nachmittag|abend)\b", Part),
        Rx.Atom(@"\b(?:in\s+der\s+)?(?<part>nacht)\b", Part),
        Rx.Atom(@"\bin\s+der\s+(?<part>früh)\b", Part),
        Rx.Atom($@"(?<=\b{DayWord}\s)(?<part>früh)\b", Part),
        Rx.Atom($@"\b(?:(?<rel>{GermanWords.Rel})\s+)?(?<wd>{DayWord})\s*(?<pre>früh|spät)?(?<part>morgens?|vormittags?|nachmittags?|abends?|nachts?|früh)\b", DayPart),
        Rx.Atom(@"\b(?:(?<pre>von|vom|zwischen)\s+)?(?<h1>\d{1,2})(?:[:.](?<m1>\d{2}))?(?<u1>\s*uhr)?\s*(?<sep>bis|und|-|–)\s*(?<h2>\d{1,2})(?:[:.](?<m2>\d{2}))?(?<u2>\s*uhr)?(?:\s+(?<part>" + PartAdverb + "))?(?![\\w.])", Range),
    ];

    private static TimeSpec? Spec(string hour, string minute, string second = "")
    {
        if (GermanWords.ParseHour(hour) is not { } h)
            return null;
        var precision = second.Length > 0 ? TimePrecision.Second : minute.Length > 0 ? TimePrecision.Minute : TimePrecision.Hour;
        return TimeSpec.Create(h, Digits.Int(minute) ?? 0, Digits.Int(second) ?? 0, precision);
    }

    private static Entity? Clock(Match m, System.DateTime reference)
    {
        if (Spec(m.G("h"), m.G("m"), m.G("s")) is not { } spec)
            return null;
        return m.Has("part") && GermanWords.Parts.TryGet(m.G("part"), out var part) ? new TimeEntity(spec.In(part)) : new TimeEntity(spec);
    }

    private static TimeEntity? Relative(Match m, int minutes)
    {
        if (GermanWords.ParseHour(m.G("h")) is not { } h || h > 24)
            return null;
        var time = new TimeSpan(h, 0, 0).Add(TimeSpan.FromMinutes(minutes));
        if (time < TimeSpan.Zero)
            time += TimeSpan.FromHours(12);
        return TimeSpec.Create(time.Hours, time.Minutes, 0, TimePrecision.Minute) is { } spec ? new TimeEntity(spec) : null;
    }

    private static Entity? MinutesToHour(Match m, System.DateTime reference)
    {
        var minutes = Digits.Int(m.G("mn")) ?? (GermanNumbers.Cardinals.TryGet(m.G("mn"), out var w) ? w : -1);
        if (minutes is < 1 or > 29)
            return null;
        var offset = (m.G("dir") == "nach" ? minutes : -minutes) + (m.Has("half") ? -30 : 0);
        return Relative(m, offset);
    }

    private static Entity? Part(Match m, System.DateTime reference) =>
        PartOf(m) is { } part ? new PartOfDayEntity(part) : null;

    private static PartOfDay? PartOf(Match m)
    {
        var word = m.G("part");
        if (!GermanWords.Parts.TryGet(word, out var part) && !GermanWords.Parts.TryGet(word + "s", out part))
            return null;
        return m.G("pre") switch
        {
            "früh" => part.Early(),
            "spät" => part.Late(),
            _ => part,
        };
    }

    private static Entity? DayPart(Match m, System.DateTime reference)
    {
        var day = m.G("wd") switch
        {
            "heute" => DateEntity.Definite(reference.Date),
            "morgen" => DateEntity.Definite(reference.Date.AddDays(1)),
            "übermorgen" => DateEntity.Definite(reference.Date.AddDays(2)),
            "gestern" => DateEntity.Definite(reference.Date.AddDays(-1)),
            "vorgestern" => DateEntity.Definite(reference.Date.AddDays(-2)),
            _ => GermanDateRules.Weekday(m, reference) as DateEntity,
        };
        if (m.G("part") is "morgen" && m.G("wd") is "morgen")
            return null;
        return day is not null && PartOf(m) is { } part ? new DatePartEntity(day, part) : null;
    }

    private static Entity? Range(Match m, System.DateTime reference)
    {
        var pre = m.G("pre");
        if (m.G("sep") == "und" && pre != "zwischen")
            return null;
        var explicitTime = m.Has("u1") || m.Has("u2") || m.Has("m1") || m.Has("m2") || m.Has("part");
        if (!explicitTime && pre.Length == 0)
            return null;
        if (Spec(m.G("h1"), m.G("m1")) is not { } from || Spec(m.G("h2"), m.G("m2")) is not { } to)
            return null;
        if (m.Has("part") && GermanWords.Parts.TryGet(m.G("part"), out var part))
            (from, to) = (from.In(part), to.In(part));
        return TimeRanges.Create(from, to);
    }
}
