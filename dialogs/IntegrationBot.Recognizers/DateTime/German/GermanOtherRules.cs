using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.German;

/// <summary>Durations ("2 Stunden", "anderthalb Stunden"), sets ("jeden Montag", "alle zwei Tage") and "jetzt".</summary>
internal static class GermanOtherRules
{
    private const string WdFull = "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)";

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.,])(?<num>{GermanNumbers.Number})\s*(?<unit>{GermanWords.Unit})\b", Duration).When(GermanWords.Units.Trigger),
        Rx.Atom(@"\bganze[nr]?\s+(?<unit>tag|woche|monat|jahr|nacht)\b", (m, r) => DurationEntity.Of(GermanWords.Units.Get(m.G("unit")), 1)),
        Rx.Atom(@"\b(?:eine\s+)?(?<q>viertel|dreiviertel)stunde\b", (m, r) => DurationEntity.Of(DurationUnit.Hour, m.G("q") == "viertel" ? 0.25m : 0.75m)),
        Rx.Atom(@"\b(?:eine\s+)?halbe\s+stunde\b", (m, r) => DurationEntity.Of(DurationUnit.Hour, 0.5m)),
        Rx.Atom(@"\b(?<adv>jährlich|täglich|wöchentlich|monatlich|stündlich|vierteljährlich|halbjährlich)\b", Adverb),
        Rx.Atom($@"\b(?:jede[nrsm]?|alle)\s+(?<what>tag|woche|monat|jahr|stunde|minute|morgen|vormittag|nachmittag|abend|nacht|{WdFull})\b", Each),
        Rx.Atom(@"\bjede[nrs]?\s+(?<ord>zweite|dritte|vierte)[nrs]?\s+(?<unit>tag|woche|monat|jahr)\b", (m, r) =>
            new SetEntity(DurationEntity.Of(GermanWords.Units.Get(m.G("unit")), m.G("ord") switch { "zweite" => 2, "dritte" => 3, _ => 4 }).Timex)),
        Rx.Atom($@"\balle\s+(?<num>{GermanNumbers.Number})\s+(?<unit>{GermanWords.Unit})\b", Every).When(GermanWords.Units.Trigger),
        Rx.Atom($@"\bjede[nrs]?\s+zweite[nrs]?\s+(?<wd>{WdFull})\b", (m, r) => new SetEntity("XXXX-WXX-" + GermanWords.Weekdays.Get(m.G("wd")))),
        Rx.Atom($@"\b(?<wd>{WdFull})s\b", (m, r) => new SetEntity("XXXX-WXX-" + GermanWords.Weekdays.Get(m.G("wd")))),
        Rx.Atom(@"\b(?:gerade\s+)?jetzt\b|\baktuelle[nrs]?\b|\bmomentan\b|\bderzeit\b|\bzurzeit\b", (m, r) => DateTimeEntity.Present(r)),
    ];

    private static Entity? Duration(Match m, System.DateTime reference) =>
        GermanNumbers.Parse(m.G("num")) is { } amount && GermanWords.Units.TryGet(m.G("unit"), out var unit)
            ? DurationEntity.Of(unit, amount)
            : null;

    private static Entity? Adverb(Match m, System.DateTime reference) => new SetEntity(m.G("adv") switch
    {
        "jährlich" => "P1Y",
        "täglich" => "P1D",
        "wöchentlich" => "P1W",
        "monatlich" => "P1M",
        "stündlich" => "PT1H",
        "vierteljährlich" => "P3M",
        _ => "P0.5Y",
    });

    private static Entity? Each(Match m, System.DateTime reference)
    {
        var what = m.G("what");
        if (GermanWords.Weekdays.TryGet(what, out var day))
            return new SetEntity("XXXX-WXX-" + day);
        if (what is "morgen" or "vormittag" or "nachmittag" or "abend" or "nacht")
            return new SetEntity(GermanWords.Parts.Get(what)!.Timex);
        var unit = what switch { "stunde" => DurationUnit.Hour, "minute" => DurationUnit.Minute, _ => GermanWords.Units.Get(what) };
        return new SetEntity(DurationEntity.Of(unit, 1).Timex);
    }

    private static Entity? Every(Match m, System.DateTime reference) =>
        GermanNumbers.Parse(m.G("num")) is { } amount && GermanWords.Units.TryGet(m.G("unit"), out var unit)
            ? new SetEntity(DurationEntity.Of(unit, amount).Timex)
            : null;
}
