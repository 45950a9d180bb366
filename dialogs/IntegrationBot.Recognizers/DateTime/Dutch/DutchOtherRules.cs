using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Dutch;

/// <summary>Durations ("3 minuten", "anderhalf uur"), sets ("elke maandag", "wekelijks") and "nu".</summary>
internal static class DutchOtherRules
{
    private const string Wd = DutchWords.Weekday;

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.,])(?<num>{DutchNumbers.Number}|½|een\s+½)\s*(?<unit>{DutchWords.Units.Pattern})\b", Duration),
        Rx.Atom(@"\b(?:de\s+)?(?:hele|gehele|volledige)\s+(?<unit>dag|week|maand|jaar)\b", (m, r) => DurationEntity.Of(DutchWords.Units.Get(m.G("unit")), 1)),
        Rx.Atom(@"\b(?<adv>dagelijks|wekelijks|maandelijks|jaarlijks|driemaandelijks|halfjaarlijks|elk\s+uur)\b", Adverb),
        Rx.Atom($@"\b(?:elke|iedere|elk|ieder)\s+(?<what>dag|week|maand|jaar|ochtend|middag|avond|nacht|weekend|{Wd})\b", Each),
        Rx.Atom(@"\b(?:elke|iedere)\s+(?:werk|week)dag\b", (m, r) => new SetEntity("P1D")),
        Rx.Atom($@"\b(?:elke|iedere)\s+(?<num>{DutchNumbers.Number})\s+(?<unit>{DutchWords.Units.Pattern})\b", Every),
        Rx.Atom(@"\b(?:eenmaal|eens|een\s+keer|één\s+keer)\s+per\s+(?<what>dag|week|maand|jaar)\b", Each),
        Rx.Atom($@"\b(?<wd>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)s\b", (m, r) => new SetEntity("XXXX-WXX-" + DutchWords.Weekdays.Get(m.G("wd")))),
        Rx.Atom(@"\b(?:nu|op\s+dit\s+moment|momenteel|op\s+het\s+moment)\b", (m, r) => DateTimeEntity.Present(r)),
        Rx.Atom($@"\b(?:het\s+)?(?<what>eind|einde)\s+van\s+(?:de\s+dag|vandaag|(?<rel>deze|volgende)\s+(?<wd>{Wd}))\b", EndOfDay),
    ];

    private static Entity? Duration(Match m, System.DateTime reference)
    {
        var text = Regex.Replace(m.G("num"), @"\s+", " ");
        var amount = text.EndsWith('½') ? 0.5m : DutchNumbers.Parse(text);
        return amount is { } n && DutchWords.Units.TryGet(m.G("unit"), out var unit) && !(m.G("unit") == "u" && !char.IsDigit(text[0]))
            ? DurationEntity.Of(unit, n)
            : null;
    }

    private static Entity? Adverb(Match m, System.DateTime reference) => new SetEntity(Regex.Replace(m.G("adv"), @"\s+", " ") switch
    {
        "dagelijks" => "P1D",
        "wekelijks" => "P1W",
        "maandelijks" => "P1M",
        "jaarlijks" => "P1Y",
        "driemaandelijks" => "P3M",
        "halfjaarlijks" => "P0.5Y",
        _ => "PT1H",
    });

    private static Entity? Each(Match m, System.DateTime reference)
    {
        var what = m.G("what");
        if (DutchWords.Weekdays.TryGet(what, out var day))
            return new SetEntity("XXXX-WXX-" + day);
        if (DutchWords.Parts.TryGet(what, out var part))
            return new SetEntity(part.Timex);
        return new SetEntity(what == "weekend" ? "XXXX-WXX-WE" : DurationEntity.Of(DutchWords.Units.Get(what), 1).Timex);
    }

    private static Entity? Every(Match m, System.DateTime reference) =>
        DutchNumbers.Parse(m.G("num")) is { } amount && DutchWords.Units.TryGet(m.G("unit"), out var unit)
            ? new SetEntity(DurationEntity.Of(unit, amount).Timex)
            : null;

    private static Entity? EndOfDay(Match m, System.DateTime reference)
    {
        var day = reference.Date;
        if (m.Has("wd"))
            day = CalendarMath.WeekdayInWeek(DutchWords.Weekdays.Get(m.G("wd")), m.G("rel") == "volgende" ? 1 : 0, reference).Future!.Value;
        return DateTimeEntity.Exact(day.Add(new TimeSpan(23, 59, 59)));
    }
}
