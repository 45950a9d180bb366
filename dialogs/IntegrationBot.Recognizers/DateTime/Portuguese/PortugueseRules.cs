using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Portuguese;

/// <summary>Portuguese days, times, durations and sets: "2 de outubro de 1992", "17/11", "sexta-feira 13", "seis e meia".</summary>
internal static class PortugueseRules
{
    private static readonly string M = PortugueseWords.Month;
    private static readonly string Wd = PortugueseWords.Weekday;
    private const string HourWord = "(?:uma|duas|dois|três|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze)";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.])(?<day>\d{{1,2}})\s+de\s+(?<month>{M})\b(?:\s+de\s+(?<year>\d{{4}}|\d{{2}})\b)?", DayMonth).When(Trigger.Digit),
        Rx.Atom(@"(?<![\w./])(?<day>\d{1,2})/(?<mn>\d{1,2})(?:/(?<year>\d{4}))?(?![\w/])", DayMonth).When(Trigger.Digit),
        .. NumericDates.Rules(M, PortugueseWords.ParseMonth, dayFirst: true, allowTrailingDot: false),
        Rx.Atom(@"\b(?<rel>hoje|amanhã|amanha|depois\s+de\s+amanhã|ontem|anteontem)\b(?!\s+de\s+manh)", RelativeDay),
        Rx.Atom($@"(?<![\w-])(?<wd>{Wd})(?![\w-])(?!\s+\d)", (m, r) => CalendarMath.Weekday(PortugueseWords.Weekdays.Get(m.G("wd")), r)),
        Rx.Atom($@"(?<![\w-])(?<wd>{Wd})\s+(?<day>\d{{1,2}})\b(?!\s*[:/.-]\d)", (m, r) => CalendarMath.WeekdayOnDay(PortugueseWords.Weekdays.Get(m.G("wd")), Digits.Int(m.G("day"))!.Value, r)).When(Trigger.Digit),
        Rx.Atom(@"\b(?:agora|neste\s+momento)\b", (m, r) => DateTimeEntity.Present(r)),
        Rx.Atom(@"(?<![\w.:,])(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?![\d:])", Clock).When(Trigger.Digit),
        Rx.Atom($@"\b(?<hw>{HourWord})\s+e\s+(?<q>meia|trinta|quinze|um\s+quarto)\b", (m, r) =>
            TimeSpec.Create(PortugueseWords.Numbers.Get(m.G("hw")), m.G("q") is "quinze" or "um quarto" ? 15 : 30, 0, TimePrecision.Minute) is { } spec ? new TimeEntity(spec) : null),
        Rx.Atom(@"(?<=\b(?:de|da|à|a|na|pela)\s)(?<part>manhã|manha|tarde|noite)\b", Part),
        Rx.Atom($@"(?<![\w.,])(?<num>\d+|(?>{PortugueseWords.Numbers.Pattern}))\s+(?<unit>{PortugueseWords.Units.Pattern})\b", Duration).When(PortugueseWords.Units.Trigger),
        Rx.Atom($@"\bdentro\s+de\s+(?<num>\d+|(?>{PortugueseWords.Numbers.Pattern}))\s+(?<unit>{PortugueseWords.Units.Pattern})\b", (m, r) =>
            Duration(m, r) is DurationEntity d
                ? DateRangeEntity.Definite($"({Format.Date(r.Date)},{Format.Date(d.AddTo(r.Date))},{d.Timex})", r.Date, d.AddTo(r.Date), Granularity.Day)
                : null).When(PortugueseWords.Units.Trigger),
        Rx.Atom(@"\b(?<adv>diário|diariamente|semanal|semanalmente|mensal|mensalmente|trimestral|anual|anualmente)\b", (m, r) => new SetEntity(m.G("adv")[..3] switch
        {
            "diá" or "dia" => "P1D",
            "sem" => "P1W",
            "men" => "P1M",
            "tri" => "P3M",
            _ => "P1Y",
        })),
        Rx.Atom(@"\b(?<rel>próxima|proxima|última|ultima|esta|nesta)\s+semana\b", (m, r) =>
            CalendarMath.Week(r.AddDays(7 * (m.G("rel")[0] switch { 'p' => 1, 'ú' or 'u' => -1, _ => 0 })))),
        Rx.Atom(@"\bano\s+fiscal\s+(?:de\s+)?(?<year>\d{4})\b", (m, r) => new DateRangeEntity("FY" + m.G("year"), null, null, Granularity.Year)).When(Trigger.Digit),
        Rx.Atom(@"(?<![\w.,:/$+-])(?<year>(?:19|20)\d{2})(?![\w]|[.,:/-]\d|\s+horas)", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value) with { WrittenYear = true }).When(Trigger.Digit),
        Rx.Atom($@"\b(?<month>{M})\s+de\s+(?<year>\d{{4}}|\d{{2}})\b", (m, r) =>
            CalendarMath.MonthOfYear(CalendarMath.ExpandYear(Digits.Int(m.G("year"))!.Value, m.G("year").Length), PortugueseWords.Months.Get(m.G("month")))).When(Trigger.Digit),
    ];

    private static Entity? DayMonth(Match m, System.DateTime reference)
    {
        var month = m.Has("mn") ? Digits.Int(m.G("mn")) : PortugueseWords.ParseMonth(m.G("month"));
        int? year = m.Has("year") ? CalendarMath.ExpandYear(Digits.Int(m.G("year"))!.Value, m.G("year").Length) : null;
        return Dates.FromParts(year, month, Digits.Int(m.G("day")), reference);
    }

    private static Entity? RelativeDay(Match m, System.DateTime reference) => DateEntity.Definite(reference.Date.AddDays(m.G("rel") switch
    {
        "amanhã" or "amanha" => 1,
        "ontem" => -1,
        "anteontem" => -2,
        "hoje" => 0,
        _ => 2,
    }));

    private static Entity? Clock(Match m, System.DateTime reference)
    {
        var precision = m.Has("s") ? TimePrecision.Second : TimePrecision.Minute;
        return TimeSpec.Create(Digits.Int(m.G("h"))!.Value, Digits.Int(m.G("m")) ?? 0, Digits.Int(m.G("s")) ?? 0, precision) is { } spec
            ? new TimeEntity(spec)
            : null;
    }

    // Upstream reads "tarde" as the evening (TEV) in Portuguese.
    private static Entity? Part(Match m, System.DateTime reference) => new PartOfDayEntity(m.G("part") switch
    {
        "manhã" or "manha" => PartOfDay.Morning,
        "tarde" => PartOfDay.Evening,
        _ => PartOfDay.Night,
    });

    private static Entity? Duration(Match m, System.DateTime reference)
    {
        var n = Digits.Int(m.G("num")) ?? (PortugueseWords.Numbers.TryGet(m.G("num"), out var w) ? w : null);
        return n is { } amount && PortugueseWords.Units.TryGet(m.G("unit"), out var unit) ? DurationEntity.Of(unit, amount) : null;
    }
}
