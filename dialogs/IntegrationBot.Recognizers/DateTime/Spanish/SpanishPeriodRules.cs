using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Spanish;

/// <summary>Spanish periods: weeks of a month, quarters, halves, decades, seasons, "los próximos 5 días", "dentro de 9 meses".</summary>
internal static class SpanishPeriodRules
{
    private static readonly string M = SpanishWords.Month;
    private const string Next = SpanishWords.Next;
    private const string Last = SpanishWords.Last;

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom(@"\b(?:el\s+)?trimestre\s+(?<rel>actual|anterior|pasado|siguiente|próximo|proximo|que\s+viene)\b", (m, r) => SpanishRules.Period(m.G("rel") == "actual" ? "" : m.G("rel"), "trimestre", r)),
        Rx.Atom(@"\b(?<n>1|2)º\s+semestre\b", (m, r) =>
        {
            var start = new System.DateTime(r.Year, m.G("n") == "1" ? 1 : 7, 1);
            return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(start.AddMonths(6))},P6M)", start, start.AddMonths(6), Granularity.Month);
        }),
        Rx.Atom(@"\blos\s+a[nñ]os\s+(?<w>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\b", (m, r) => Decade(m.G("w") switch
        {
            "veinte" => 20, "treinta" => 30, "cuarenta" => 40, "cincuenta" => 50, "sesenta" => 60, "setenta" => 70, "ochenta" => 80, _ => 90,
        })),
        Rx.Atom($@"\b(?:(?:el|la)\s+)?(?<rel>{Next}|{Last}|este|esta)\s+(?<what>mes|año|semana|fin\s+de\s+semana|trimestre)\b", SpanishRules.Period),
        Rx.Atom(@"\b(?:(?<rel>este|esta|próximo|proximo|pasado)\s+)?(?<season>primavera|verano|otoño|otono|invierno)\b(?:\s+(?:de\s+)?(?<year>\d{4}))?", Season),
        Rx.Atom(@"\blos\s+a[nñ]os\s+(?<d>[0-9]0)\b", (m, r) => Decade(Digits.Int(m.G("d"))!.Value)),
        Rx.Atom(@"\b(?<ord>primer|segundo)\s+semestre\s+de\s+(?<year>\d{4})\b", (m, r) =>
        {
            var start = new System.DateTime(Digits.Int(m.G("year"))!.Value, m.G("ord") == "primer" ? 1 : 7, 1);
            return DateRangeEntity.Definite($"({Format.Date(start)},{Format.Date(start.AddMonths(6))},P6M)", start, start.AddMonths(6), Granularity.Month);
        }),
        Rx.Atom($@"\b(?:la\s+)?(?<ord>primera|segunda|tercera|cuarta|última|ultima)\s+semana\s+de\s+(?:(?<month>{M})\b(?:\s+de\s+(?<year>\d{{4}}))?|(?<year>\d{{4}}))", WeekOf),
        Rx.Atom($@"\b(?<rel>próximos|proximos|próximas|proximas|siguientes|últimos|ultimos|últimas|ultimas|pasados|pasadas)\s+(?<num>{SpanishWords.Number})\s+(?<unit>{SpanishWords.Units2.Pattern})\b", NextUnits),
        Rx.Atom($@"\b(?<rel>próxima|proxima|última|ultima)\s+(?<unit>hora|minuto)\b", NextUnits),
        Rx.Atom($@"\bdentro\s+de\s+(?:(?:los\s+)?(?:próximos|proximos)\s+)?(?<num>{SpanishWords.Number})\s+(?<unit>{SpanishWords.Units2.Pattern})\b", Within),
    ];

    public static DateRangeEntity Decade(int decade)
    {
        var past = new System.DateTime(1900 + decade, 1, 1);
        var future = new System.DateTime(2000 + decade, 1, 1);
        return new DateRangeEntity($"(XX{Format.Int(decade, 2)}-01-01,XX{Format.Int((decade + 10) % 100, 2)}-01-01,P10Y)",
            new DaySpan(past, past.AddYears(10)), new DaySpan(future, future.AddYears(10)), Granularity.Year);
    }

    public static Entity? WeekOf(Match m, System.DateTime reference)
    {
        var ord = m.G("ord");
        var last = ord is "última" or "ultima";
        var n = ord switch { "primera" => 1, "segunda" => 2, "tercera" => 3, "cuarta" => 4, _ => 5 };
        if (m.Has("month"))
            return WeekRanges.WeekOfMonth(n, last, SpanishWords.ParseMonth(m.G("month")) ?? 0, m.Has("year") ? Digits.Int(m.G("year")) : null, reference);
        return WeekRanges.WeekOfYear(n, last, Digits.Int(m.G("year"))!.Value);
    }

    public static Entity? NextUnits(Match m, System.DateTime reference)
    {
        var amount = m.Has("num") ? SpanishWords.Parse(m.G("num")) : 1;
        if (amount is not { } n || !SpanishWords.Units2.TryGet(m.G("unit"), out var unit))
            return null;
        return Dates.Following(DurationEntity.Of(unit, n), Regex.IsMatch(m.G("rel"), "^(?:pr|sig)") ? 1 : -1, reference);
    }

    public static Entity? Within(Match m, System.DateTime reference)
    {
        if (SpanishWords.Parse(m.G("num")) is not { } n || !SpanishWords.Units2.TryGet(m.G("unit"), out var unit))
            return null;
        var duration = DurationEntity.Of(unit, n);
        if (duration.IsClockBased)
            return Dates.Within(duration, reference);
        var end = duration.AddTo(reference.Date);
        return DateRangeEntity.Definite($"({Format.Date(reference.Date)},{Format.Date(end)},{duration.Timex})", reference.Date, end, Granularity.Day);
    }

    public static Entity? Season(Match m, System.DateTime reference)
    {
        var code = m.G("season") switch { "verano" => "SU", "otoño" or "otono" => "FA", "invierno" => "WI", _ => "SP" };
        int? year = m.Has("year") ? Digits.Int(m.G("year")) : m.Has("rel") ? reference.Year + SpanishWords.Offset(m.G("rel")) : null;
        return Seasons.Create(code, year, reference);
    }
}
