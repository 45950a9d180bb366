using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Italian;

/// <summary>Italian days, times, durations and sets: "il 14 ottobre", "29/2", "oggi", "alle 7:56:30 pm", "ogni giorno".</summary>
internal static class ItalianRules
{
    private static readonly string M = ItalianWords.Month;
    private static readonly string Wd = ItalianWords.Weekday;
    private const string AmPm = @"(?<ampm>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)";
    private const string HourWord = "(?:una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici)";
    private const string FullMonth = "(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)";
    private const string T = @"(?:\d{1,2}(?::\d{2})?|" + HourWord + ")";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.])(?:(?<wd>{Wd}),?\s+)?(?<day>\d{{1,2}}|(?>{ItalianWords.Numbers.Pattern}))\s+(?<month>{M})\b(?:\s*,?\s*(?<year>\d{{4}})\b)?", DayMonth).When(ItalianWords.Months.Trigger),
        Rx.Atom($@"\b(?:(?<wd>{Wd}),?\s+)?(?<month>{M}),?\s+(?<day>\d{{1,2}}|(?>{ItalianWords.Numbers.Pattern}))\b(?:\s*,\s*(?<year>\d{{4}})\b)?", DayMonth).When(ItalianWords.Months.Trigger),
        Rx.Atom($@"\b(?<month>{M})/(?<day>\d{{1,2}})\b(?![/-]\d)", DayMonth).When(ItalianWords.Months.Trigger),
        Rx.Atom(@"(?<![\w./])(?<day>\d{1,2})/(?<mn>\d{1,2})(?:/(?<year>\d{4}))?(?![\w/])", DayMonth).When(Trigger.Digit),
        .. NumericDates.Rules(M, ItalianWords.ParseMonth, dayFirst: true, allowTrailingDot: false),
        Rx.Atom(@"\b(?<rel>oggi|domani|dopodomani|ieri|l'altro\s+ieri)\b", RelativeDay),
        Rx.Atom($@"\b(?:(?<rel>prossim[oa]|quest[oa]|scors[oa])\s+)?(?<wd>{Wd})\b", Weekday),
        Rx.Atom(@"\b(?:adesso|in\s+questo\s+momento)\b", (m, r) => DateTimeEntity.Present(r)),
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}}):(?<m>\d{{2}})(?::(?<s>\d{{2}}))?(?:\s*{AmPm})?(?![\d:])", Clock).When(Trigger.Digit),
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}})\s*{AmPm}", Clock).When(Trigger.Digit),
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}})(?<m>\d{{2}})\s*{AmPm}", Clock).When(Trigger.Digit),
        Rx.Atom(@"(?<=\ble\s)(?<h>\d{1,2})\b(?![:.]\d|\s*(?:e\s+le|alle|-|am\b|pm\b|a\.|p\.))", Clock).When(Trigger.Digit),
        Rx.Atom($@"\b(?<hw>{HourWord})\s+e\s+(?<q>mezza|mezzo|un\s+quarto|tre\s+quarti)\b", (m, r) =>
            TimeSpec.Create(ItalianWords.Numbers.Get(m.G("hw")), Quarter(m.G("q")), 0, TimePrecision.Minute) is { } spec ? new TimeEntity(spec) : null),
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}})\s*{AmPm}\s+e\s+(?<q>mezza|mezzo|un\s+quarto|tre\s+quarti)\b", (m, r) =>
            TimeSpec.Create(Digits.Int(m.G("h"))!.Value, Quarter(m.G("q")), 0, TimePrecision.Minute) is { } spec ? new TimeEntity(m.G("ampm").StartsWith('a') ? spec.Am() : spec.Pm()) : null).When(Trigger.Digit),
        Rx.Atom($@"\b(?<mn>\d{{1,2}}|(?>{ItalianWords.Numbers.Pattern}))\s+minuti\s+alle\s+(?<h>\d{{1,2}}|{HourWord})\b", MinutesTo),
        Rx.Atom($@"\b(?:dalle|tra\s+le)\s+(?<t1>{T})\s*(?:alle|e\s+le)\s+(?<t2>{T})(?:\s*{AmPm})?(?:\s+(?:di|del|della)\s+(?<part>mattina|pomeriggio|sera))?(?![\w:])", TimeRange),
        Rx.Atom($@"(?<![\w/.:-])(?<t1>\d{{1,2}})\s*-\s*(?<t2>\d{{1,2}})\s*{AmPm}", TimeRange).When(Trigger.Digit),
        Rx.Atom($@"\b(?:alla\s+)?fine\s+di\s+(?:(?<rel>quest[oa])\s+)?(?<wd>{Wd})\b", (m, r) =>
            Weekday(m, r) is DateEntity date ? DateTimeEntity.Combine(date, TimeSpec.Create(23, 59, 59, TimePrecision.Second, false)!) : null),
        Rx.Atom($@"\b(?:(?<this>quest[oa])\s+)?(?<month>{FullMonth})\b(?!\s+\d)", (m, r) => m.Has("this")
            ? CalendarMath.MonthOfYear(r.Year, ItalianWords.Months.Get(m.G("month")))
            : CalendarMath.Month(ItalianWords.Months.Get(m.G("month")), r)),
        Rx.Atom($@"\b(?<month>{M})\.?\s+(?<year>\d{{4}})\b", (m, r) => CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, ItalianWords.Months.Get(m.G("month")))).When(Trigger.Digit),
        Rx.Atom(@"(?<![\w.,:/$+-])(?<year>(?:19|20)\d{2})(?![\w]|[.,:/-]\d)", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value) with { WrittenYear = true }).When(Trigger.Digit),
        Rx.Atom(@"\b(?:(?:il|lo|la|l')\s*)?(?<rel>prossim[oa]|scors[oa]|quest[oa])\s+(?<what>mese|anno|settimana)\b", RelativePeriod),
        Rx.Atom($@"\b(?:(?:i|gli|le)\s+)?(?<rel>prossim[ie]|ultim[ie])\s+(?<num>{ItalianWords.Number})\s+(?<unit>{ItalianWords.Units.Pattern})\b", (m, r) =>
            ItalianWords.ParseNumber(m.G("num")) is { } n && ItalianWords.Units.TryGet(m.G("unit"), out var unit)
                ? Dates.Following(DurationEntity.Of(unit, n), m.G("rel").StartsWith("prossim", StringComparison.Ordinal) ? 1 : -1, r)
                : null).When(ItalianWords.Units.Trigger),
        Rx.Atom(@"\b(?:verso\s+)?(?<noon>mezzogiorno|mezzanotte)\b", (m, r) => new TimeEntity(new TimeSpec(m.G("noon") == "mezzogiorno" ? 12 : 0, 0, 0, TimePrecision.Hour, false))),
        Rx.Atom(@"\bstasera\b", (m, r) => new DatePartEntity(DateEntity.Definite(r.Date), PartOfDay.Evening)),
        Rx.Atom(@"\b(?:(?:in|di|al|del|della|nella|nel)\s+)?(?<part>mattina|mattino|pomeriggio|serata|sera|notte)\b", Part),
        Rx.Atom($@"(?<![\w.,])(?<num>{ItalianWords.Number})\s+(?<unit>{ItalianWords.Units.Pattern})\b", Duration).When(ItalianWords.Units.Trigger),
        Rx.Atom(@"\btutt[oa]\s+(?:il\s+|la\s+|l')(?<unit>giorno|settimana|mese|anno)\b", (m, r) => DurationEntity.Of(ItalianWords.Units.Get(m.G("unit")), 1)),
        Rx.Atom(@"\b(?<adv>giornalmente|quotidianamente|settimanalmente|mensilmente|annualmente)\b", (m, r) => new SetEntity(m.G("adv")[..3] switch
        {
            "gio" or "quo" => "P1D",
            "set" => "P1W",
            "men" => "P1M",
            _ => "P1Y",
        })),
        Rx.Atom($@"\bogni\s+(?:(?<num>\d+|(?>{ItalianWords.Numbers.Pattern}))\s+)?(?<what>giorni|giorno|settimane|settimana|mesi|mese|anni|anno|{Wd})\b", Each),
    ];

    private static Entity? DayMonth(Match m, System.DateTime reference)
    {
        var day = Digits.Int(m.G("day")) ?? (ItalianWords.Numbers.TryGet(m.G("day"), out var d) ? d : null);
        var month = m.Has("mn") ? Digits.Int(m.G("mn")) : ItalianWords.ParseMonth(m.G("month"));
        return Dates.FromParts(m.Has("year") ? Digits.Int(m.G("year")) : null, month, day, reference);
    }

    private static Entity? RelativeDay(Match m, System.DateTime reference) => DateEntity.Definite(reference.Date.AddDays(m.G("rel") switch
    {
        "domani" => 1,
        "dopodomani" => 2,
        "ieri" => -1,
        "oggi" => 0,
        _ => -2,
    }));

    private static Entity? Weekday(Match m, System.DateTime reference)
    {
        var day = ItalianWords.Weekdays.Get(m.G("wd"));
        return m.G("rel") switch
        {
            "prossimo" or "prossima" => CalendarMath.WeekdayInWeek(day, 1, reference),
            "questo" or "questa" => CalendarMath.WeekdayInWeek(day, 0, reference),
            "scorso" or "scorsa" => CalendarMath.WeekdayInWeek(day, -1, reference),
            _ => CalendarMath.Weekday(day, reference),
        };
    }

    private static Entity? Clock(Match m, System.DateTime reference)
    {
        var precision = m.Has("s") ? TimePrecision.Second : m.Has("m") ? TimePrecision.Minute : TimePrecision.Hour;
        if (TimeSpec.Create(Digits.Int(m.G("h"))!.Value, Digits.Int(m.G("m")) ?? 0, Digits.Int(m.G("s")) ?? 0, precision) is not { } spec)
            return null;
        return new TimeEntity(!m.Has("ampm") ? spec : m.G("ampm").StartsWith('a') ? spec.Am() : spec.Pm());
    }

    private static int Quarter(string words) => words switch { "un quarto" => 15, "tre quarti" => 45, _ => 30 };

    /// <summary>"dieci minuti alle otto": ten minutes before eight.</summary>
    private static Entity? MinutesTo(Match m, System.DateTime reference)
    {
        var minutes = Digits.Int(m.G("mn")) ?? (ItalianWords.Numbers.TryGet(m.G("mn"), out var n) ? n : 0);
        var hour = Digits.Int(m.G("h")) ?? ItalianWords.Numbers.Get(m.G("h"));
        return minutes is > 0 and < 60 && TimeSpec.Create((hour + 23) % 24, 60 - minutes, 0, TimePrecision.Minute) is { } spec ? new TimeEntity(spec) : null;
    }

    private static Entity? RelativePeriod(Match m, System.DateTime reference)
    {
        var offset = m.G("rel")[0] switch { 'p' => 1, 's' => -1, _ => 0 };
        return m.G("what") switch
        {
            "mese" => CalendarMath.MonthOfYear(reference.AddMonths(offset).Year, reference.AddMonths(offset).Month),
            "anno" => CalendarMath.Year(reference.Year + offset),
            _ => CalendarMath.Week(reference.AddDays(7 * offset)),
        };
    }

    private static TimeSpec? ParseTime(string text, string ampm, string part)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var hour = colon > 0 ? Digits.Int(text[..colon]) : Digits.Int(text) ?? (ItalianWords.Numbers.TryGet(text, out var h) ? h : null);
        var minute = colon > 0 ? Digits.Int(text[(colon + 1)..]) : 0;
        if (hour is null || minute is null || TimeSpec.Create(hour.Value, minute.Value, 0, colon > 0 ? TimePrecision.Minute : TimePrecision.Hour) is not { } spec)
            return null;
        if (ampm.Length > 0)
            return ampm.StartsWith('a') ? spec.Am() : spec.Pm();
        return part switch { "mattina" => spec.Am(), "pomeriggio" or "sera" => spec.Pm(), _ => spec };
    }

    private static Entity? TimeRange(Match m, System.DateTime reference) =>
        ParseTime(m.G("t1"), m.G("ampm"), m.G("part")) is { } from && ParseTime(m.G("t2"), m.G("ampm"), m.G("part")) is { } to
            ? TimeRanges.Create(from, to)
            : null;

    private static Entity? Part(Match m, System.DateTime reference) => new PartOfDayEntity(m.G("part") switch
    {
        "mattina" or "mattino" => PartOfDay.Morning,
        "pomeriggio" => PartOfDay.Afternoon,
        "sera" or "serata" => PartOfDay.Evening,
        _ => PartOfDay.Night,
    });

    private static Entity? Duration(Match m, System.DateTime reference) =>
        ItalianWords.ParseNumber(m.G("num")) is { } n && ItalianWords.Units.TryGet(m.G("unit"), out var unit) ? DurationEntity.Of(unit, n) : null;

    private static Entity? Each(Match m, System.DateTime reference)
    {
        var what = m.G("what");
        if (ItalianWords.Weekdays.TryGet(what, out var day))
            return new SetEntity("XXXX-WXX-" + day);
        var n = m.Has("num") ? ItalianWords.ParseNumber(m.G("num")) ?? 1 : 1;
        var letter = what[..3] switch { "gio" => "D", "set" => "W", "mes" => "M", _ => "Y" };
        return new SetEntity(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P{n}{letter}"));
    }
}
