using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.English;

/// <summary>Times and parts of the day: "16:30", "4 pm", "half past seven", "noon", "tonight", "5 to 6pm".</summary>
internal static class EnglishTimeRules
{
    public const string AmPm = @"(?<ampm>a\s*\.\s*m\s*\.?|p\s*\.\s*m\s*\.?|\.?am\b|\.?pm\b)";
    private const string ShortAmPm = @"(?<ampm>a\s*\.\s*m\s*\.?|p\s*\.\s*m\s*\.?|\.?am\b|\.?pm\b|a\b|p\b)";
    private const string HourWord = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private const string H = @"(?:\d{1,2}|" + HourWord + ")";
    private const string Part = "(?:morning|afternoon|evening|night)";
    private const string DayWord = "(?:today|tomorrow|yesterday|this|last|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static readonly string MinuteWord = $"(?:{EnglishNumbers.Cardinals.Pattern})";
    private const string T = @"(?:\d{1,2}(?:[:.]\d{2})?|" + HourWord + @")(?:\s*(?:a\s*\.\s*m\s*\.?|p\s*\.\s*m\s*\.?|am\b|pm\b))?";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.:,$])(?<h>\d{{1,2}}):(?<m>\d{{2}})(?::(?<s>\d{{2}}))?(?:\s*{ShortAmPm})?(?![\d:])", Clock),
        Rx.Atom($@"(?<![\w.:,$])(?<h>\d{{1,2}})(?:\.(?<m>\d{{2}}))?\s*{AmPm}", Clock),
        Rx.Atom(@"(?<![\w.:,$])(?<h>\d{1,2})(?<ampm>p)\b", Clock),
        Rx.Atom($@"\b(?<h>{H})\s*o'?clock\b(?:\s*{AmPm})?", Clock),
        Rx.Atom($@"(?<=\b(?:at|around|by|until|till|than)\s)(?<h>\d{{1,2}})(?:\.(?<m>\d{{2}}))?\b(?![:.]\d|\s*(?:%|percent|/|-\d|st\b|nd\b|rd\b|th\b|days?|weeks?|months?|years?|hours?|minutes?|people|persons?))", Clock),
        Rx.Atom(@"(?<![\w.:,$])(?<h>\d{1,2})(?=,?\s*(?:tonight|tonite|this\s+(?:morning|afternoon|evening)|(?:tomorrow|today)\s+(?:morning|afternoon|evening|night))\b)", Clock),
        Rx.Atom(@"(?<![\w.:,$])(?<h>12)\s+(?<noon>noon|midnight)\b", (m, r) => new TimeEntity(new TimeSpec(m.G("noon") == "noon" ? 12 : 0, 0, 0, TimePrecision.Hour, false))),
        Rx.Atom($@"\b(?<hw>{HourWord})(?:\s*-\s*|\s+)(?<mw>thirty|fifteen|forty[\s-]five|{MinuteWord})(?:\s*{AmPm})?(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|people|and))", WordClock).When(EnglishWords.HourWordTrigger),
        Rx.Atom($@"\b(?<hw>{HourWord})\s*{AmPm}", WordClock),
        Rx.Atom($@"(?<=\bat\s)(?<hw>{HourWord})\b(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|of|people))", WordClock),
        Rx.Atom($@"\b(?<hw>{HourWord})(?=\s+in\s+the\s+{Part})", WordClock),
        Rx.Atom($@"(?<![\w/.-])(?:(?<mn>\d{{1,2}}|{MinuteWord})\s*(?:min(?:ute)?s?\s+)?|(?<q>half|quarter|a\s+quarter)\s+)(?<dir>past|after|to|before|till)\s+(?<h>{H})\b(?:\s*o'?clock)?(?:\s*{AmPm})?(?=(?<ctx>\s+in\s+the\s+{Part}|\s*(?:today|tonight|tomorrow)\b|\s*[.,!?]|\s*$))?", Relative).When(Trigger.AnyOf(["past", "after", "to", "before", "till"])),
        Rx.Atom(@"\b(?<noon>noon|midday|mid-day|midnight)\b", (m, r) => new TimeEntity(new TimeSpec(m.G("noon") == "midnight" ? 0 : 12, 0, 0, TimePrecision.Hour, false))),
        Rx.Atom($@"\b(?:(?:in|at)\s+(?:the\s+)?)?(?<part>night-time|nighttime|daytime|{Part})\b(?!s)", PartRule),
        Rx.Atom($@"\b(?<pre>early|late|later|earlier)\s+(?:in\s+the\s+)?(?<part>{Part}|night-time|nighttime|daytime)\b(?!s)", PartRule),
        Rx.Atom(@"\bat\s+(?<part>lunchtime|lunch|dinnertime|dinner|breakfast|supper)\b|\b(?<part>lunchtime|dinnertime)\b|(?<=\b(?:before|after|around|during|by|until|till)\s)(?<part>lunch|dinner|breakfast|supper)\b", PartRule),
        Rx.Atom($@"\b(?:(?<wrel>next|last|this|previous|following|coming)\s+)?(?<day>{DayWord})\s+(?:(?<pre>early|late)\s+)?(?<part>{Part})\b(?:\s+(?<rel>next|last|this)\s+week\b)?", DayPart),
        Rx.Atom(@"\b(?<day>tonight|tonite)\b", DayPart),
        Rx.Atom($@"(?<![\w/.-])(?:(?<pre>from|between)\s+)?(?<t1>{T})\s*(?<sep>-|–|to|and|till|until|through|thru|~)\s*(?<t2>{T})(?:\s+(?:in\s+the\s+)?(?<part>{Part}))?(?![\w:/-]|\.\d)(?=(?<ctx>\s*(?:today|tonight|tomorrow|on|o'clock)\b|\s*[.,!?]|\s*$))?", Range).When(EnglishWords.DigitOrHourWordTrigger),
        Rx.Atom($@"\b(?<pre>between)\s+(?<t1>\d{{4}})\s*-\s*(?<t2>\d{{4}})\b", Range),
        Rx.Atom($@"(?<=\b{Part}\s)(?<t1>\d{{1,2}})\s*-\s*(?<t2>\d{{1,2}})\b(?![:/.-]\d)", LooseRange),
    ];

    public static TimeSpec? Spec(string hour, string minute, string second, string ampm)
    {
        var h = Digits.Int(hour) ?? (EnglishNumbers.Cardinals.TryGet(hour, out var w) ? w : null);
        if (h is not { } hh)
            return null;
        var precision = second.Length > 0 ? TimePrecision.Second : minute.Length > 0 ? TimePrecision.Minute : TimePrecision.Hour;
        var spec = TimeSpec.Create(hh, Digits.Int(minute) ?? 0, Digits.Int(second) ?? 0, precision);
        if (spec is null || ampm.Length == 0)
            return spec;
        if (hh > 12)
            return spec.Fixed();
        return ampm.TrimStart('.').StartsWith('a') ? spec.Am() : spec.Pm();
    }

    private static Entity? Clock(Match m, System.DateTime reference) =>
        Spec(m.G("h"), m.G("m"), m.G("s"), m.G("ampm")) is { } spec ? new TimeEntity(spec) : null;

    private static Entity? WordClock(Match m, System.DateTime reference)
    {
        var minute = m.G("mw") switch
        {
            "" => "",
            "thirty" => "30",
            "fifteen" => "15",
            var w when w.StartsWith("forty", StringComparison.Ordinal) && w.EndsWith("five", StringComparison.Ordinal) => "45",
            var w => EnglishNumbers.Cardinals.TryGet(w, out var v) && v < 60 ? v.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return minute is not null && Spec(m.G("hw"), minute, "", m.G("ampm")) is { } spec ? new TimeEntity(spec) : null;
    }

    private static Entity? Relative(Match m, System.DateTime reference)
    {
        var minutes = m.G("q") switch
        {
            "half" => 30,
            "quarter" or "a quarter" => 15,
            _ => Digits.Int(m.G("mn")) ?? (EnglishNumbers.Cardinals.TryGet(m.G("mn"), out var w) ? w : -1),
        };
        if (minutes is < 1 or > 59 || Spec(m.G("h"), "", "", m.G("ampm")) is not { } hour)
            return null;
        if (m.Has("mn") && !char.IsDigit(m.G("mn")[0]) && !char.IsDigit(m.G("h")[0]) && !m.Has("ampm") && !m.Has("ctx")
            && !m.Value.Contains("clock", StringComparison.Ordinal))
            return null;
        var offset = m.G("dir") is "past" or "after" ? minutes : -minutes;
        var time = hour.Time + TimeSpan.FromMinutes(offset);
        if (time < TimeSpan.Zero)
            time += TimeSpan.FromHours(12);
        return TimeSpec.Create(time.Hours, time.Minutes, 0, TimePrecision.Minute, hour.Ambiguous) is { } spec ? new TimeEntity(spec) : null;
    }

    public static PartOfDay? PartOf(string word, string pre)
    {
        if (!EnglishWords.Parts.TryGet(word, out var part))
            return null;
        return pre switch
        {
            "early" or "earlier" => part.Early(),
            "late" or "later" => part.Late(),
            _ => part,
        };
    }

    private static Entity? PartRule(Match m, System.DateTime reference) =>
        PartOf(m.G("part"), m.G("pre")) is { } part ? new PartOfDayEntity(part) : null;

    private static Entity? DayPart(Match m, System.DateTime reference)
    {
        var dayWord = m.G("day");
        var part = dayWord is "tonight" or "tonite" ? PartOfDay.Night : PartOf(m.G("part"), m.G("pre"));
        if (part is null)
            return null;
        DateEntity? day = dayWord switch
        {
            "today" or "this" or "tonight" or "tonite" => DateEntity.Definite(reference.Date),
            "tomorrow" or "next" => DateEntity.Definite(reference.Date.AddDays(1)),
            "yesterday" or "last" => DateEntity.Definite(reference.Date.AddDays(-1)),
            _ when m.Has("rel") => CalendarMath.WeekdayInWeek(EnglishWords.Weekdays.Get(dayWord), EnglishRangeRules.Offset(m.G("rel")), reference),
            _ when m.Has("wrel") => CalendarMath.WeekdayInWeek(EnglishWords.Weekdays.Get(dayWord), EnglishRangeRules.Offset(m.G("wrel")), reference),
            _ => CalendarMath.Weekday(EnglishWords.Weekdays.Get(dayWord), reference),
        };
        return new DatePartEntity(day, part);
    }

    private static Entity? LooseRange(Match m, System.DateTime reference) =>
        ParseLoose(m.G("t1")) is { } from && ParseLoose(m.G("t2")) is { } to ? TimeRanges.Create(from, to) : null;

    private static Entity? Range(Match m, System.DateTime reference)
    {
        var (t1, t2) = (m.G("t1"), m.G("t2"));
        var words = char.IsLetter(t1[0]) && char.IsLetter(t2[0]) && m.G("sep") == "to" && m.Has("ctx");
        var explicitTime = words || m.Has("pre") || m.Has("part") || t1.Contains(':', StringComparison.Ordinal) || t2.Contains(':', StringComparison.Ordinal)
            || Regex.IsMatch(t2, "[ap]");
        if (!explicitTime || (m.G("sep") == "and" && m.G("pre") != "between"))
            return null;
        if (ParseLoose(t1) is not { } from || ParseLoose(t2) is not { } to)
            return null;
        if (m.Has("part") && PartOf(m.G("part"), "") is { } part)
            (from, to) = (from.In(part), to.In(part));
        return TimeRanges.Create(from, to);
    }

    /// <summary>"5", "6pm", "9.30", "7:30 am", "0930", "seven".</summary>
    private static TimeSpec? ParseLoose(string text)
    {
        var m = Regex.Match(text, @"^(?<h>\d{1,2}|[a-z]+)(?:[:.](?<m>\d{2}))?\s*(?<ampm>[ap]\s*\.?\s*m?\s*\.?)?$");
        if (!m.Success)
        {
            var military = Regex.Match(text, @"^(?<h>\d{2})(?<m>\d{2})$");
            return military.Success ? Spec(military.G("h"), military.G("m"), "", "") : null;
        }
        return Spec(m.G("h"), m.G("m"), "", m.G("ampm").Replace(" ", "", StringComparison.Ordinal));
    }
}
