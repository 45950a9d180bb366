using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.French;

/// <summary>French times, parts of the day, durations and sets ("16h", "sept heures dix", "ce soir", "de 5 à 6pm", "tous les jours").</summary>
internal static class FrenchTimeRules
{
    private static readonly string W = FrenchWords.Numbers.Pattern;
    private const string AmPm = @"(?<ampm>am|pm|a\.m\.|p\.m\.)";
    private const string PartWord = "(?:matin|matinée|matinee|après-midi|apres-midi|après midi|apres midi|soir|soirée|soiree|nuit)";
    private static readonly string T = $@"(?:\d{{1,2}}(?::\d{{2}})?(?:\s*(?:h|am|pm)\b)?|{W})(?:\s+(?:du|de\s+l['’]|de\s+la)?\s*{PartWord})?";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}}):(?<m>\d{{2}})(?::(?<s>\d{{2}}))?(?:\s*{AmPm})?(?![\d:])", Clock),
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}})\s*h(?:\s*(?<m>\d{{2}}))?\b(?!\s+et)", Clock),
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}})\s*{AmPm}", Clock),
        Rx.Atom($@"\b(?<hw>{W})\s+heures?(?:\s+(?:et\s+)?(?<mw>{W}|\d{{1,2}})(?:\s+minutes?)?)?\b", WordClock),
        Rx.Atom($@"(?<![\w.:,])(?<h>\d{{1,2}})\s*h\s+et\s+(?<mw>{W})\s+minutes?\b", WordClock),
        Rx.Atom(@"(?<=\b(?:à|a)\s)(?<h>\d{1,2})(?:\s+heures?)?\b(?!\s*(?:ans?|jours?|mois|semaines?|minutes?|:|/|[.,]\d|h\b|tous))", Clock),
        Rx.Atom(@"\b(?<noon>midi|minuit)\b", (m, r) => new TimeEntity(new TimeSpec(m.G("noon") == "midi" ? 12 : 0, 0, 0, TimePrecision.Hour, false))),
        Rx.Atom($@"\b(?:ce|cette|le|la|dans\s+le|dans\s+la|l['’])\s*(?<part>{PartWord})\b", Part),
        Rx.Atom($@"(?<=\b(?:{FrenchWords.Weekday}|demain|hier|lendemain)\s)(?<part>{PartWord})\b", Part),
        Rx.Atom($@"\b(?:(?<pre>de|entre)\s+)?(?<t1>{T})\s*(?<sep>à|a|au|et|jusqu['’]?(?:à|a|au)|-)\s*(?<t2>{T})(?![\w:])", Range),
        Rx.Atom($@"(?<![\w.,])(?<num>{FrenchWords.Number})\s+(?<unit>{FrenchWords.Units2.Pattern})\b", Duration),
        Rx.Atom(@"\btoute?s?\s+(?:le|la|l['’])\s*(?<unit>jour|journée|mois|semaine|année|annee)\b", (m, r) => DurationEntity.Of(FrenchWords.Units2.Get(m.G("unit")), 1)),
        Rx.Atom(@"\b(?<adv>hebdomadaire|quotidien(?:ne)?|mensuel(?:le)?|annuel(?:le)?|journalier|journalière)s?\b", Adverb),
        Rx.Atom($@"\b(?:tous|toutes)\s+les\s+(?<what>jours|semaines|mois|ans|années|annees|{FrenchWords.Weekday}s)\b", Each),
        Rx.Atom($@"\bchaque\s+(?<what>jour|semaine|mois|an|année|annee|matin|soir|{FrenchWords.Weekday})\b", Each),
        Rx.Atom(@"\b(?:maintenant|en\s+ce\s+moment|actuellement)\b", (m, r) => DateTimeEntity.Present(r)),
        Rx.Atom($@"\bfin\s+d[e'’]\s*(?:(?<this>cette|ce)\s+)?(?<day>demain|aujourd['’]hui|hier|{FrenchWords.Weekday})\b", EndOf),
    ];

    private static Entity? Clock(Match m, System.DateTime reference)
    {
        if (FrenchWords.ParseHour(m.G("h")) is not { } h)
            return null;
        var precision = m.Has("s") ? TimePrecision.Second : m.Has("m") ? TimePrecision.Minute : TimePrecision.Hour;
        if (TimeSpec.Create(h, Digits.Int(m.G("m")) ?? 0, Digits.Int(m.G("s")) ?? 0, precision) is not { } spec)
            return null;
        if (m.Has("ampm") && h <= 12)
            spec = m.G("ampm").StartsWith('a') ? spec.Am() : spec.Pm();
        return new TimeEntity(spec);
    }

    private static Entity? WordClock(Match m, System.DateTime reference)
    {
        var hour = m.Has("hw") ? FrenchWords.ParseHour(m.G("hw")) : Digits.Int(m.G("h"));
        int? minute = m.Has("mw") ? (Digits.Int(m.G("mw")) ?? (FrenchWords.Numbers.TryGet(m.G("mw"), out var v) ? v : null)) : 0;
        if (hour is not { } h || minute is not { } mi)
            return null;
        var spec = TimeSpec.Create(h, mi, 0, m.Has("mw") ? TimePrecision.Minute : TimePrecision.Hour);
        return spec is null ? null : new TimeEntity(spec);
    }

    private static PartOfDay? PartOf(string word) =>
        FrenchWords.Parts.TryGet(Regex.Replace(word, @"\s+", " "), out var part) ? part : null;

    private static Entity? Part(Match m, System.DateTime reference) => PartOf(m.G("part")) is { } part ? new PartOfDayEntity(part) : null;

    /// <summary>"5 du matin", "6pm", "14h", "sept".</summary>
    private static TimeSpec? Loose(string text)
    {
        var m = Regex.Match(text, $@"^(?<h>\d{{1,2}}|[a-zé-]+(?:\s[a-z]+)?)(?::(?<m>\d{{2}}))?\s*(?<suffix>h|am|pm)?(?:\s+(?:du|de\s+l['’]|de\s+la)?\s*(?<part>{PartWord}))?$");
        if (!m.Success || FrenchWords.ParseHour(m.G("h")) is not { } h)
            return null;
        var spec = TimeSpec.Create(h, Digits.Int(m.G("m")) ?? 0, 0, m.Has("m") ? TimePrecision.Minute : TimePrecision.Hour);
        if (spec is null)
            return null;
        if (m.G("suffix") is "am")
            return spec.Am();
        if (m.G("suffix") is "pm")
            return spec.Pm();
        return m.Has("part") && PartOf(m.G("part")) is { } part ? spec.In(part) : spec;
    }

    private static Entity? Range(Match m, System.DateTime reference)
    {
        var (t1, t2) = (m.G("t1"), m.G("t2"));
        if (m.G("sep") == "et" && m.G("pre") != "entre")
            return null;
        if (Loose(t1) is not { } from || Loose(t2) is not { } to)
            return null;
        if (!m.Has("pre") && from.Ambiguous && to.Ambiguous && !Regex.IsMatch(t1 + t2, "[a-z]"))
            return null;
        return TimeRanges.Create(from, to);
    }

    private static Entity? Duration(Match m, System.DateTime reference) =>
        FrenchWords.Parse(m.G("num")) is { } n && FrenchWords.Units2.TryGet(m.G("unit"), out var unit) && m.G("unit") != "h"
            ? DurationEntity.Of(unit, n)
            : null;

    private static Entity? Adverb(Match m, System.DateTime reference) => new SetEntity(m.G("adv")[..3] switch
    {
        "heb" => "P1W",
        "men" => "P1M",
        "ann" => "P1Y",
        _ => "P1D",
    });

    private static Entity? Each(Match m, System.DateTime reference)
    {
        var what = m.G("what").TrimEnd('s');
        if (FrenchWords.Weekdays.TryGet(what, out var day))
            return new SetEntity("XXXX-WXX-" + day);
        return new SetEntity(what switch
        {
            "jour" => "P1D",
            "semaine" => "P1W",
            "moi" or "mois" => "P1M",
            "matin" => "TMO",
            "soir" => "TEV",
            _ => "P1Y",
        });
    }

    private static Entity? EndOf(Match m, System.DateTime reference)
    {
        var word = m.G("day");
        DateEntity? date = word switch
        {
            "demain" => DateEntity.Definite(reference.Date.AddDays(1)),
            "hier" => DateEntity.Definite(reference.Date.AddDays(-1)),
            _ when FrenchWords.Weekdays.TryGet(word, out var d) => m.Has("this") ? CalendarMath.WeekdayInWeek(d, 0, reference) : CalendarMath.Weekday(d, reference),
            _ => DateEntity.Definite(reference.Date),
        };
        var end = TimeSpec.Create(23, 59, 59, TimePrecision.Second, false)!;
        return date is null ? null : DateTimeEntity.Combine(date, end);
    }
}
