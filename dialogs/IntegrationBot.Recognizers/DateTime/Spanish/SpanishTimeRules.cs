using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Spanish;

/// <summary>Spanish times, parts of the day, durations and sets ("a las 4 p.m.", "siete menos cuarto", "por la tarde", "cada lunes").</summary>
internal static class SpanishTimeRules
{
    private static readonly string W = SpanishWords.Numbers.Pattern;
    private const string AmPm = @"(?<ampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)";
    private const string PartWord = @"(?:(?:de|por|en)\s+la\s+(?:mañana|tarde|noche|madrugada))";
    private static readonly string H = $@"(?:\d{{1,2}}|una|{W})";
    private static readonly string Clock = $@"(?:{H}(?::\d{{2}})?(?:\s+y\s+(?:media|cuarto|{W})|\s+menos\s+(?:cuarto|{W}))?(?:\s*(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b))?(?:\s+{PartWord})?)";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.:,])(?<t>\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*{AmPm})?(?:\s+{PartWord})?)(?![\d:])", Time),
        Rx.Atom($@"(?<![\w.:,])(?<t>\d{{1,2}}\s*{AmPm}(?:\s+{PartWord})?)", Time),
        Rx.Atom($@"(?<=\blas\s)(?<t>{Clock})(?:\s+en\s+punto)?(?![\w:])", Time),
        Rx.Atom($@"\b(?<t>(?:una|{W})\s+(?:y\s+(?:media|cuarto|{W})|menos\s+(?:cuarto|{W})|{W})(?:\s+{PartWord})?)\b", Time),
        Rx.Atom($@"\b(?:(?<pre>alrededor|cerca)\s+de\s+)?(?<noon>mediodía|mediodia|medianoche)\b", (m, r) =>
            Approx(m, new TimeEntity(new TimeSpec(m.G("noon").StartsWith("medi", StringComparison.Ordinal) && !m.G("noon").Contains("noche", StringComparison.Ordinal) ? 12 : 0, 0, 0, TimePrecision.Hour, false)))),
        Rx.Atom(@"\b(?<pw>por|en|de)\s+la\s+(?<part>mañana|tarde|noche|madrugada)\b", Part),
        Rx.Atom(@"(?<=\bpor\s)el\s+d[ií]a\b|\bdel\s+d[ií]a\b(?!\s+\d)", (m, r) => DateEntity.Definite(r.Date)),
        Rx.Atom(@"\b(?<day>esta|anoche)(?:\s+(?<part>mañana|tarde|noche))?\b", DayPart),
        Rx.Atom($@"\b(?:(?<pre>de|desde|entre)\s+)?(?:las\s+)?(?<t1>{Clock})\s*(?<sep>-|a|hasta|y)\s*(?:las\s+)?(?<t2>{Clock})(?![\w:])", Range),
        Rx.Atom($@"(?<![\w.,])(?<num>{SpanishWords.Number})\s+(?<unit>{SpanishWords.Units2.Pattern})(?:\s+(?<whole>entero|entera|completo|completa))?\b", Duration),
        Rx.Atom(@"\b(?<adv>diariamente|semanalmente|mensualmente|anualmente|trimestralmente)\b", Adverb),
        Rx.Atom($@"\bcada\s+(?<what>día|dia|semana|mes|año|ano|mañana|tarde|noche|{SpanishWords.Weekday})\b", Each),
        Rx.Atom($@"\btodos\s+los\s+(?<what>{SpanishWords.Weekday})\b", Each),
        Rx.Atom(@"(?<=\b(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\s)(?<t1>\d{1,2})\s*-\s*(?<t2>\d{1,2})\b(?![:/.-]\d)", (m, r) =>
            Parse(m.G("t1")) is { } from && Parse(m.G("t2")) is { } to ? TimeRanges.Create(from, to) : null),
        Rx.Atom(@"\b(?:todos|todas)\s+los?\s+(?<what>días|dias|meses|años|anos)\b|\btodas\s+las\s+(?<what>semanas|mañanas|tardes|noches)\b", Each),
        Rx.Atom(@"\b(?:ahora\s+mismo|ahora|en\s+este\s+momento|actualmente)\b", (m, r) => DateTimeEntity.Present(r)),
        Rx.Atom($@"\b(?:al\s+)?(?:fin|final)\s+(?:de|del)\s+(?:(?<day>día|dia)|(?<wd>{SpanishWords.Weekday}))\b", EndOf),
    ];

    private static Entity Approx(Match m, Entity entity) => m.Has("pre") ? new ApproxEntity(entity, "approx") : entity;

    /// <summary>"4 p.m.", "siete menos cuarto", "ocho y veinte de la noche", "3:30".</summary>
    public static TimeSpec? Parse(string text)
    {
        var m = Regex.Match(text.Trim(), $@"^(?<h>\d{{1,2}}|una|[a-zéíóú]+)(?::(?<m>\d{{2}})(?::(?<s>\d{{2}}))?)?(?:\s+y\s+(?<plus>media|cuarto|{W})|\s+menos\s+(?<minus>cuarto|{W})|\s+(?<mw>{W}))?(?:\s*{AmPm})?(?:\s+(?:de|por|en)\s+la\s+(?<part>mañana|tarde|noche|madrugada))?$");
        if (!m.Success || SpanishWords.ParseHour(m.G("h")) is not { } hour)
            return null;
        var minutes = Digits.Int(m.G("m")) ?? 0;
        var precision = m.Has("s") ? TimePrecision.Second : m.Has("m") ? TimePrecision.Minute : TimePrecision.Hour;
        if (m.Has("plus") || m.Has("minus") || m.Has("mw"))
        {
            var word = m.Has("plus") ? m.G("plus") : m.Has("minus") ? m.G("minus") : m.G("mw");
            var value = word switch { "media" => 30, "cuarto" => 15, _ => SpanishWords.Numbers.TryGet(word, out var v) ? v : -1 };
            if (value < 0)
                return null;
            minutes = m.Has("minus") ? 60 - value : value;
            hour = m.Has("minus") ? hour - 1 : hour;
            precision = TimePrecision.Minute;
        }
        if (TimeSpec.Create((hour + 24) % 24, minutes, Digits.Int(m.G("s")) ?? 0, precision) is not { } spec)
            return null;
        if (m.Has("ampm"))
            return m.G("ampm").StartsWith('a') ? spec.Am() : spec.Pm();
        return m.G("part") switch
        {
            "mañana" or "madrugada" => spec.In(PartOfDay.Morning),
            "tarde" => spec.In(PartOfDay.Afternoon),
            "noche" => spec.In(PartOfDay.Evening),
            _ => spec,
        };
    }

    private static Entity? Time(Match m, System.DateTime reference) =>
        Parse(m.G("t")) is { } spec ? Approx(m, new TimeEntity(spec)) : null;

    private static PartOfDay PartOf(string word) => word switch
    {
        "mañana" or "madrugada" => PartOfDay.Morning,
        "tarde" => PartOfDay.Afternoon,
        _ => PartOfDay.Night,
    };

    private static Entity? Part(Match m, System.DateTime reference) => new PartOfDayEntity(PartOf(m.G("part")));

    private static Entity? DayPart(Match m, System.DateTime reference)
    {
        if (m.G("day") == "anoche")
            return new DatePartEntity(DateEntity.Definite(reference.Date.AddDays(-1)), PartOfDay.Night);
        return m.Has("part") ? new DatePartEntity(DateEntity.Definite(reference.Date), PartOf(m.G("part"))) : null;
    }

    private static Entity? Range(Match m, System.DateTime reference)
    {
        if (m.G("sep") == "y" && m.G("pre") != "entre")
            return null;
        var (t1, t2) = (m.G("t1"), m.G("t2"));
        var explicitTime = m.Has("pre") || Regex.IsMatch(t1 + " " + t2, @":\d|[ap]\.?\s?m|\bla\s");
        if (!explicitTime || Parse(t1) is not { } from || Parse(t2) is not { } to)
            return null;
        return TimeRanges.Create(from, to);
    }

    private static Entity? Duration(Match m, System.DateTime reference) =>
        SpanishWords.Parse(m.G("num")) is { } n && SpanishWords.Units2.TryGet(m.G("unit"), out var unit) && !(m.G("unit") == "h" && !char.IsDigit(m.G("num")[0]))
            ? DurationEntity.Of(unit, n)
            : null;

    private static Entity? Adverb(Match m, System.DateTime reference) => new SetEntity(m.G("adv")[..3] switch
    {
        "dia" => "P1D",
        "sem" => "P1W",
        "men" => "P1M",
        "tri" => "P3M",
        _ => "P1Y",
    });

    private static Entity? Each(Match m, System.DateTime reference)
    {
        var what = m.G("what");
        if (SpanishWords.Weekdays.TryGet(what, out var day))
            return new SetEntity("XXXX-WXX-" + day);
        return new SetEntity(what switch
        {
            "día" or "dia" or "días" or "dias" => "P1D",
            "semana" or "semanas" => "P1W",
            "mes" or "meses" => "P1M",
            "mañana" or "mañanas" => "TMO",
            "tarde" or "tardes" => "TAF",
            "noche" or "noches" => "TNI",
            _ => "P1Y",
        });
    }

    private static Entity? EndOf(Match m, System.DateTime reference)
    {
        var date = m.Has("wd") && SpanishWords.Weekdays.TryGet(m.G("wd"), out var d) ? CalendarMath.Weekday(d, reference) : DateEntity.Definite(reference.Date);
        return DateTimeEntity.Combine(date, TimeSpec.Create(23, 59, 59, TimePrecision.Second, false)!);
    }
}
