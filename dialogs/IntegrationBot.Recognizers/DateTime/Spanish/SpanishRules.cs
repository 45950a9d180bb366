using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Spanish;

/// <summary>Spanish days and ranges: "3 de enero del 2019", "el próximo lunes", "la semana pasada", "de marzo a mayo".</summary>
internal static class SpanishRules
{
    private static readonly string M = SpanishWords.Month;
    private const string Wd = SpanishWords.Weekday;
    private const string Next = SpanishWords.Next;
    private const string Last = SpanishWords.Last;
    private const string Ord = @"(?:º|°|ro|ero|do|to|vo|\.º|o)?";
    private static readonly string YearWords = @"(?:dos\s+)?mil(?:\s+novecientos)?(?:\s+[a-záéíóú]+(?:\s+y\s+[a-záéíóú]+)?)?";
    private static readonly string Year = $@"(?:\s*,?\s+(?:de|del)\s+(?:(?<year>\d{{4}})\b|(?<yw>{YearWords})))?";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.,:/$+-])(?:(?<pre>de|desde|entre)\s+)?(?<y1>(?:1\d|20)\d{{2}})\s*(?:-|~|a|hasta|y)\s*(?<y2>(?:1\d|20)\d{{2}})(?![\w]|[.,:/-]\d)", YearToYear),
        Rx.Atom($@"(?<![\w.])(?:(?<wd>{Wd}),?\s+)?(?<day>\d{{1,2}}){Ord}\s+de\s+(?<month>{M})\b{Year}", DayMonth),
        Rx.Atom($@"\b(?:(?<wd>{Wd}),?\s+)?(?<dayw>primero|segundo|tercero|cuarto|quinto|sexto|séptimo|septimo|octavo|noveno|décimo|decimo|{SpanishWords.Numbers.Pattern})\s+de\s+(?<month>{M})\b{Year}", DayMonth),
        Rx.Atom($@"\b(?:el\s+)?d[ií]a\s+(?<day>\d{{1,2}})(?:\s+(?:de\s+)?(?<month>{M})\b)?(?!\s*(?:[:/.-]\d|de\s+\d))", (m, r) => m.Has("month") ? DayMonth(m, r) : CalendarMath.DayOfMonth(Digits.Int(m.G("day"))!.Value, r)),
        Rx.Atom($@"(?<![\w.])(?:(?:(?<rel>{Next}|este)\s+)?(?<wd>{Wd}),?\s+)?(?<day>\d{{1,2}})\s+(?<month>{M})\b\.?(?:\s+(?<year>\d{{4}}))?", DayMonth),
        Rx.Atom($@"(?<![\w./])(?:(?<wd>{Wd}),?\s+)?(?<day>\d{{1,2}})/(?<mn>\d{{1,2}})(?:/(?<year2>\d{{4}}|\d{{2}}))?(?![\w/])", DayMonth),
        .. NumericDates.Rules(M, SpanishWords.ParseMonth, dayFirst: true, allowTrailingDot: false),
        Rx.Atom(@"\b(?<rel>hoy|pasado\s+mañana|anteayer|antier|ayer)\b|(?<!\b(?:la|esta)\s)\b(?<rel>mañana)\b", RelativeDay),
        Rx.Atom(@"(?<=\b(?:de|a|hasta|desde)\s)(?<month>ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic)\.", Month),
        Rx.Atom($@"\b(?<wd>{Wd})\s+(?<day>\d{{1,2}})\b(?![:./-]\d|\s*(?:de\s+)?(?:{M}))", WeekdayDay),
        Rx.Atom(@"\bel\s+d[ií]a\s+(?<rel>siguiente|anterior)\b", (m, r) => DateEntity.Definite(r.Date.AddDays(m.G("rel") == "siguiente" ? 1 : -1))),
        Rx.Atom(@"(?<=\bde\s)(?<what>mes|año|semana)\b(?!\s+(?:pr|pas|sig|que|ant))", (m, r) => Period("", m.G("what"), r)),
        Rx.Atom($@"\b(?<hol>viernes\s+negro)(?:\s+(?<year>\d{{4}}))?\b", (m, r) =>
            m.Has("year") ? DateEntity.Definite(Core.Holidays.NthWeekday(Digits.Int(m.G("year"))!.Value, 11, 4, 4).AddDays(1)) : null),
        Rx.Atom(@"(?<![\w.])(?<year>\d{4})\s*-?\s*t(?<q>[1-4])\b", (m, r) => CalendarMath.Quarter(Digits.Int(m.G("year"))!.Value, m.G("q")[0] - '0')),
        Rx.Atom(@"\baño\s+(?<kind>fiscal|escolar)\s+(?<year>\d{4})\b", (m, r) => new DateRangeEntity((m.G("kind") == "fiscal" ? "FY" : "SY") + m.G("year"), null, null, Granularity.Year)),
        Rx.Atom($@"\b(?:(?<rel>{Next}|este|esta|{Last}|este\s+próximo|este\s+proximo)\s+)?(?<wd>{Wd}|(?:lun|mar|mié|mie|jue|vie|sáb|sab|dom)\.)(?!\w)(?:\s+(?<rel2>{Next}|{Last}))?", Weekday),
        Rx.Atom($@"\b(?<wd>{Wd})\s+de\s+(?:la\s+)?(?<rel>{Next}|{Last})\s+semana\b", Weekday),
        Rx.Atom($@"\b(?<wd>{Wd})\s+(?:de\s+)?la\s+semana\s+(?<rel>{Next}|{Last})\b", Weekday),
        Rx.Atom($@"\b(?<wd>{Wd})\s+la\s+(?<rel>{Next}|{Last})\s+semana\b", Weekday),
        Rx.Atom($@"\b(?:la\s+)?(?<rel>{Next}|{Last})\s+semana\s+(?<wd>lun|mar|mié|mie|jue|vie|sáb|sab|dom|{Wd})\b", Weekday),
        Rx.Atom($@"\b(?:el\s+|la\s+)?(?<what>mes|año|semana|fin\s+de\s+semana)\s+(?<rel>{Next}|{Last})\b", Period),
        Rx.Atom($@"\b(?:(?<this>este|esta)\s+)?(?<month>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b(?!\s+de\s+\d{{4}})", Month),
        Rx.Atom($@"\b(?<month>{M})\.?\s+(?:de\s+|del\s+)?(?<year>\d{{4}})\b", Month),
        Rx.Atom(@"(?<![\w.,/-])(?<mn>\d{1,2})-(?<year>\d{4})(?![\w-])", (m, r) => Digits.Int(m.G("mn")) is { } mn && mn is >= 1 and <= 12 ? CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, mn) : null),
        Rx.Atom(@"(?<![\w.,:/$+-])(?<year>(?:19|20)\d{2})(?![\w]|[.,:/-]\d)", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value) with { WrittenYear = true }),
        Rx.Atom(@"\baño\s+(?<year>\d{4})\b", (m, r) => CalendarMath.Year(Digits.Int(m.G("year"))!.Value) with { WrittenYear = true }),
        Rx.Atom($@"\b(?<dir>en|hace)\s+(?<num>{SpanishWords.Number})\s+(?<unit>{SpanishWords.Units2.Pattern})\b(?!\s+a\s+partir)", Shift),
        Rx.Atom($@"\b(?<pre>desde|de|entre)\s+(?:el\s+)?(?<d1>\d{{1,2}})\s+(?<sep>hasta|a|al|y)\s+(?:el\s+)?(?<d2>\d{{1,2}})\s+de\s+(?<month>{M})\b(?:\s+de\s+(?<year>\d{{4}}))?", DayToDay),
        Rx.Atom($@"\b(?<hol>{SpanishWords.Holidays.Pattern})\b(?:\s+(?:de\s+)?(?<year>\d{{4}}))?", Holiday),
    ];

    private static Entity? WeekdayDay(Match m, System.DateTime reference) =>
        SpanishWords.Weekdays.TryGet(m.G("wd"), out var weekday) && Digits.Int(m.G("day")) is { } day
            ? CalendarMath.WeekdayOnDay(weekday, day, reference)
            : null;

    private static Entity? YearToYear(Match m, System.DateTime reference) => m.Value.Contains(" y ", StringComparison.Ordinal) && m.G("pre") != "entre"
        ? null
        : Merges.DateRange(CalendarMath.Year(Digits.Int(m.G("y1"))!.Value), CalendarMath.Year(Digits.Int(m.G("y2"))!.Value), reference);

    private static Entity? DayMonth(Match m, System.DateTime reference)
    {
        int? day = m.Has("day") ? Digits.Int(m.G("day")) : m.G("dayw") switch
        {
            "primero" => 1,
            "segundo" => 2,
            "tercero" => 3,
            "cuarto" => 4,
            "quinto" => 5,
            "sexto" => 6,
            "séptimo" or "septimo" => 7,
            "octavo" => 8,
            "noveno" => 9,
            "décimo" or "decimo" => 10,
            var w => SpanishWords.Numbers.TryGet(w, out var v) ? v : null,
        };
        var month = m.Has("mn") ? Digits.Int(m.G("mn")) : SpanishWords.ParseMonth(m.G("month"));
        int? year = m.Has("year") ? Digits.Int(m.G("year"))
            : m.Has("yw") ? SpanishWords.ParseYearWords(Regex.Replace(m.G("yw"), @"\s+", " "))
            : m.Has("year2") ? CalendarMath.ExpandYear(Digits.Int(m.G("year2"))!.Value, m.G("year2").Length) : null;
        var date = Dates.FromParts(year, month, day, reference);
        return m.Has("rel") && date?.Days().FirstOrDefault(d => d.Year == reference.Year) is { } thisYear && thisYear != default
            ? date with { Past = thisYear, Future = thisYear }
            : date;
    }

    private static Entity? RelativeDay(Match m, System.DateTime reference) => DateEntity.Definite(reference.Date.AddDays(Regex.Replace(m.G("rel"), @"\s+", " ") switch
    {
        "mañana" => 1,
        "pasado mañana" => 2,
        "ayer" => -1,
        "anteayer" or "antier" => -2,
        _ => 0,
    }));

    private static Entity? Weekday(Match m, System.DateTime reference)
    {
        if (!SpanishWords.Weekdays.TryGet(m.G("wd").TrimEnd('.'), out var day))
            return null;
        var rel = Regex.Replace(m.Has("rel2") ? m.G("rel2") : m.G("rel"), @"\s+", " ");
        if (rel.StartsWith("este pr", StringComparison.Ordinal))
            return DateEntity.Definite(CalendarMath.Weekday(day, reference).Future!.Value);
        if (m.G("rel") == "este" && m.Has("rel2"))
            return DateEntity.Definite(SpanishWords.Offset(m.G("rel2")) < 0 ? CalendarMath.Weekday(day, reference).Past!.Value : CalendarMath.Weekday(day, reference).Future!.Value);
        if (rel.Length == 0)
            return CalendarMath.Weekday(day, reference);
        return CalendarMath.WeekdayInWeek(day, SpanishWords.Offset(rel), reference);
    }

    public static Entity? Period(Match m, System.DateTime reference) => Period(m.G("rel"), m.G("what"), reference);

    public static DateRangeEntity? Period(string rel, string what, System.DateTime reference)
    {
        var offset = SpanishWords.Offset(rel);
        var shifted = reference.AddMonths(offset);
        return Regex.Replace(what, @"\s+", " ") switch
        {
            "semana" => CalendarMath.Week(reference.AddDays(7 * offset)),
            "fin de semana" => CalendarMath.Weekend(reference.AddDays(7 * offset)),
            "mes" => CalendarMath.MonthOfYear(shifted.Year, shifted.Month),
            "trimestre" => CalendarMath.Quarter(reference.AddMonths(3 * offset).Year, (reference.AddMonths(3 * offset).Month + 2) / 3),
            _ => CalendarMath.Year(reference.Year + offset),
        };
    }

    private static Entity? Month(Match m, System.DateTime reference)
    {
        if (SpanishWords.ParseMonth(m.G("month")) is not { } month)
            return null;
        if (m.Has("year"))
            return CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, month);
        return m.Has("this") ? CalendarMath.MonthOfYear(reference.Year, month) : CalendarMath.Month(month, reference);
    }

    private static Entity? Shift(Match m, System.DateTime reference) =>
        SpanishWords.Parse(m.G("num")) is { } n && SpanishWords.Units2.TryGet(m.G("unit"), out var unit)
            ? Dates.Shift(DurationEntity.Of(unit, n), m.G("dir") == "hace" ? -1 : 1, reference)
            : null;

    private static Entity? DayToDay(Match m, System.DateTime reference)
    {
        if (m.G("sep") == "y" && m.G("pre") != "entre")
            return null;
        int? year = m.Has("year") ? Digits.Int(m.G("year")) : null;
        var month = SpanishWords.ParseMonth(m.G("month"));
        var from = Dates.FromParts(year, month, Digits.Int(m.G("d1")), reference);
        var to = Dates.FromParts(year, month, Digits.Int(m.G("d2")), reference);
        return from is null || to is null ? null : Merges.DateRange(from, to, reference);
    }

    private static Entity? Holiday(Match m, System.DateTime reference)
    {
        if (!SpanishWords.Holidays.TryGet(m.G("hol"), out var holiday))
            return null;
        return m.Has("year") && Digits.Int(m.G("year")) is { } year ? holiday.InGivenYear(year) : holiday.Resolve(reference, datedTimex: true);
    }
}
