using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Dutch;

/// <summary>Times and parts of the day: "11:40", "8 uur", "half acht", "kwart over 8", "'s middags", "vanavond", "van 5 tot 6".</summary>
internal static class DutchTimeRules
{
    private const string A = DutchWords.Apostrophe;
    private static readonly string H = DutchWords.Hour;
    private static readonly string PartWord = $"(?:{A}s\\s+(?:ochtends|morgens|middags|avonds|nachts))";
    private const string DayWord = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|gister|gisteren|overmorgen)";
    private static readonly string T = $@"(?:\d{{1,2}}(?:[:.]\d{{2}})?|half\s+{H}|kwart\s+(?:voor|over)\s+{H}|{DutchNumbers.Cardinals.Pattern})(?:\s*uur)?";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.:,])(?:(?<pre>rond)\s+)?(?<h>\d{{1,2}}):(?<m>\d{{2}})(?::(?<s>\d{{2}}))?(?:\s*(?:uur|u)\b)?(?:\s+(?<part>{PartWord}))?(?![\d:])", Clock),
        Rx.Atom($@"(?<![\w.:,])(?:(?<pre>rond|om)\s+)?(?<h>\d{{1,2}})\.(?<m>\d{{2}})(?:\s*(?:uur|u)\b)?(?:\s+(?<part>{PartWord}))?(?![\d.])", Clock),
        Rx.Atom($@"(?<![\w.:,])(?:(?<pre>rond|om)\s+)?(?<h>\d{{1,2}}|(?<=\b(?:om|rond|tot|tegen)\s){DutchNumbers.Cardinals.Pattern})\s*(?:uur|u)\b(?:\s+(?<part>{PartWord}))?", Clock),
        Rx.Atom(@"(?<![\w.:,])(?<h>\d{1,2})(?=,\s*(?:vanavond|vannacht)\b)", Clock),
        Rx.Atom(@"(?<=\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|vandaag)\s)(?<t1>\d{1,2})\s*-\s*(?<t2>\d{1,2})\b(?![:/.-]\d)", LooseRange),
        Rx.Atom($@"(?<=\bom\s)(?<h>\d{{1,2}})\b(?![.:,/-]\d|\s*(?:uur|%|dagen|weken|maanden|jaar|minuten|personen))", Clock),
        Rx.Atom($@"\b(?:(?<pre>rond|om)\s+)?half\s+(?<h>{H})\b(?:\s+(?<part>{PartWord}))?", (m, r) => Relative(m, -30)),
        Rx.Atom($@"\b(?:(?<pre>rond|om)\s+)?kwart\s+over\s+(?<h>{H})\b(?:\s+(?<part>{PartWord}))?", (m, r) => Relative(m, 15)),
        Rx.Atom($@"\b(?:(?<pre>rond|om)\s+)?kwart\s+voor\s+(?<h>{H})\b(?:\s+(?<part>{PartWord}))?", (m, r) => Relative(m, -15)),
        Rx.Atom($@"\b(?<mn>\d{{1,2}}|vijf|tien|twintig)\s+(?:minuten\s+)?(?<dir>over|voor)\s+(?<half>half\s+)?(?<h>{H})\b", MinutesToHour),
        Rx.Atom(@"\b(?:het\s+)?middaguur\b", (m, r) => new TimeEntity(new TimeSpec(12, 0, 0, TimePrecision.Hour, false))),
        Rx.Atom(@"\bmiddernacht\b", (m, r) => new TimeEntity(new TimeSpec(0, 0, 0, TimePrecision.Hour, false))),
        Rx.Atom($@"(?<part>{PartWord})", Part),
        Rx.Atom(@"\b(?:in\s+de\s+|de\s+)?(?<part>ochtend|middag|avond|nacht)\b", Part),
        Rx.Atom(@"(?<=\b(?:na|voor|rond|tijdens|tegen)\s+het\s)(?<part>ontbijt|avondeten|diner|avondmaal)\b|(?<=\b(?:na|voor|rond|tijdens|tegen)\s)(?<part>lunch|lunchtijd)\b", Part),
        Rx.Atom(@"\b(?<day>van|deze)\s*(?<part>ochtend|morgen|middag|avond|nacht)\b", DayPart),
        Rx.Atom($@"\b(?:(?<rel>{DutchWords.Rel})\s+)?(?<day>{DayWord})\s*(?<part>ochtend|morgen|middag|avond|nacht)\b", DayPart),
        Rx.Atom($@"(?<![\w/.-])(?:(?<pre>van|tussen|om)\s+)?(?<t1>{T})\s*(?<sep>-|tot|en)\s*(?<t2>{T})(?:\s+(?<part>{PartWord}))?(?![\w:/-]|\.\d)", Range),
        Rx.Atom($@"(?<lead>{PartWord})\s+(?<t1>{T})\s*(?<sep>-|tot)\s*(?<t2>{T})(?![\w:/-]|\.\d)", Range),
    ];

    private static TimeSpec? Spec(string hour, string minute, string second = "")
    {
        if (DutchWords.ParseHour(hour) is not { } h)
            return null;
        var precision = second.Length > 0 ? TimePrecision.Second : minute.Length > 0 ? TimePrecision.Minute : TimePrecision.Hour;
        return TimeSpec.Create(h, Digits.Int(minute) ?? 0, Digits.Int(second) ?? 0, precision);
    }

    private static PartOfDay? PartOf(string word) =>
        DutchWords.Parts.TryGet(Regex.Replace(word, @"\s+", " "), out var part) ? part : null;

    private static TimeSpec WithPart(TimeSpec spec, Match m) => m.Has("part") && PartOf(m.G("part")) is { } part ? spec.In(part) : spec;

    private static Entity? Clock(Match m, System.DateTime reference) =>
        Spec(m.G("h"), m.G("m"), m.G("s")) is { } spec ? new TimeEntity(WithPart(spec, m)) : null;

    private static TimeEntity? Relative(Match m, int minutes)
    {
        if (DutchWords.ParseHour(m.G("h")) is not { } h || h > 24)
            return null;
        var time = new TimeSpan(h, 0, 0).Add(TimeSpan.FromMinutes(minutes));
        if (time < TimeSpan.Zero)
            time += TimeSpan.FromHours(12);
        return TimeSpec.Create(time.Hours, time.Minutes, 0, TimePrecision.Minute) is { } spec ? new TimeEntity(WithPart(spec, m)) : null;
    }

    private static Entity? MinutesToHour(Match m, System.DateTime reference)
    {
        var minutes = Digits.Int(m.G("mn")) ?? (DutchNumbers.Cardinals.TryGet(m.G("mn"), out var w) ? w : -1);
        if (minutes is < 1 or > 29)
            return null;
        return Relative(m, (m.G("dir") == "over" ? minutes : -minutes) + (m.Has("half") ? -30 : 0));
    }

    private static Entity? Part(Match m, System.DateTime reference) => PartOf(m.G("part")) is { } part ? new PartOfDayEntity(part) : null;

    private static Entity? DayPart(Match m, System.DateTime reference)
    {
        var part = PartOf(m.G("part"));
        DateEntity? day = m.G("day") switch
        {
            "van" or "deze" => DateEntity.Definite(reference.Date),
            "morgen" => DateEntity.Definite(reference.Date.AddDays(1)),
            "overmorgen" => DateEntity.Definite(reference.Date.AddDays(2)),
            "gister" or "gisteren" => DateEntity.Definite(reference.Date.AddDays(-1)),
            var wd => DutchWords.ParseWeekday(wd) is { } d
                ? m.Has("rel") && DutchWords.Relative.TryGet(m.G("rel"), out var weeks) ? CalendarMath.WeekdayInWeek(d, weeks, reference) : CalendarMath.Weekday(d, reference)
                : null,
        };
        return day is null || part is null ? null : new DatePartEntity(day, part);
    }

    private static Entity? LooseRange(Match m, System.DateTime reference) =>
        ParseLoose(m.G("t1")) is { } from && ParseLoose(m.G("t2")) is { } to ? TimeRanges.Create(from, to) : null;

    private static TimeSpec? ParseLoose(string text)
    {
        text = Regex.Replace(text, @"\s*uur$", "");
        if (text.StartsWith("half ", StringComparison.Ordinal))
            return DutchWords.ParseHour(text[5..].Trim()) is { } h ? TimeSpec.Create((h + 23) % 24, 30, 0, TimePrecision.Minute) : null;
        if (text.StartsWith("kwart ", StringComparison.Ordinal))
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || DutchWords.ParseHour(parts[2]) is not { } hour)
                return null;
            var time = new TimeSpan(hour, 0, 0) + TimeSpan.FromMinutes(parts[1] == "over" ? 15 : -15);
            return TimeSpec.Create((time.Hours + 24) % 24, time.Minutes, 0, TimePrecision.Minute);
        }
        var m = Regex.Match(text, @"^(?<h>\d{1,2}|[a-zë]+)(?:[:.](?<m>\d{2}))?$");
        return m.Success ? Spec(m.G("h"), m.G("m")) : null;
    }

    private static Entity? Range(Match m, System.DateTime reference)
    {
        var (t1, t2) = (m.G("t1"), m.G("t2"));
        var colon = Regex.IsMatch(t1 + " " + t2, @"\d[:.]\d\d") || t2.EndsWith("uur", StringComparison.Ordinal);
        var explicitTime = colon || m.Has("part") || m.Has("lead") || (m.Has("pre") && m.G("sep") != "-");
        if (!explicitTime || (m.G("sep") == "en" && m.G("pre") != "tussen"))
            return null;
        if (ParseLoose(t1) is not { } from || ParseLoose(t2) is not { } to)
            return null;
        if (m.Has("part") && PartOf(m.G("part")) is { } part)
            to = to.In(part);
        return TimeRanges.Create(from, to);
    }
}
