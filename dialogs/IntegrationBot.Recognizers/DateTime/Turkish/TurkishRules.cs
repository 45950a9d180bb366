using System.Text.RegularExpressions;
using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Turkish;

/// <summary>Turkish days, durations and sets: "4 Ocak 2019", "29/2", "dün", "3 dakika", "her Pazartesi".</summary>
internal static class TurkishRules
{
    private static readonly string M = TurkishWords.Month;
    private static readonly string Wd = TurkishWords.Weekday;

    public static IEnumerable<AtomRule> All() =>
    [
        Rx.Atom($@"(?<![\w.])(?<day>\d{{1,2}})\s+(?<month>{M})(?![\w])(?:\s+(?<year>\d{{4}})\b)?(?:\s+{Wd}\s+günü)?", DayMonth).When(Trigger.Digit),
        Rx.Atom(@"(?<![\w./])(?<day>\d{1,2})/(?<mn>\d{1,2})(?:/(?<year>\d{4}))?(?![\w/])", DayMonth).When(Trigger.Digit),
        .. NumericDates.Rules(M, TurkishWords.ParseMonth, dayFirst: true, allowTrailingDot: false),
        Rx.Atom(@"\b(?<rel>bugün|yarın|dün|öbür\s+gün|ertesi\s+gün)(?![\w'])", (m, r) => DateEntity.Definite(r.Date.AddDays(m.G("rel") switch
        {
            "yarın" => 1,
            "dün" => -1,
            "bugün" => 0,
            _ => 2,
        }))),
        Rx.Atom($@"\b(?<wd>{Wd})(?![\w'])(?!\s+\d)", (m, r) => CalendarMath.Weekday(TurkishWords.Weekdays.Get(m.G("wd")), r)),
        Rx.Atom(@"\b(?<rel>bu|gelecek|geçen)\s+(?<what>hafta|ay|yıl)(?:ki)?(?![\w'])", (m, r) =>
        {
            var offset = m.G("rel") switch { "gelecek" => 1, "geçen" => -1, _ => 0 };
            return m.G("what") switch
            {
                "hafta" => CalendarMath.Week(r.AddDays(7 * offset)),
                "ay" => CalendarMath.MonthOfYear(r.AddMonths(offset).Year, r.AddMonths(offset).Month),
                _ => CalendarMath.Year(r.Year + offset),
            };
        }),
        Rx.Atom(@"\bşimdi\b", (m, r) => DateTimeEntity.Present(r)),
        Rx.Atom(@"(?<![\w.:,])(?<h>\d{1,2}):(?<m>\d{2})(?![\d:])", (m, r) =>
            TimeSpec.Create(Digits.Int(m.G("h"))!.Value, Digits.Int(m.G("m"))!.Value, 0, TimePrecision.Minute) is { } spec ? new TimeEntity(spec) : null).When(Trigger.Digit),
        Rx.Atom(@"\b(?<part>sabah|akşam|gece)(?![\w'])", (m, r) => new PartOfDayEntity(m.G("part") switch
        {
            "sabah" => PartOfDay.Morning,
            "akşam" => PartOfDay.Evening,
            _ => PartOfDay.Night,
        })),
        Rx.Atom($@"(?<![\w.,])(?<num>\d+|(?>{TurkishWords.Numbers.Pattern}))\s+(?<unit>{TurkishWords.Units.Pattern})(?=\b|lik|lığ)", Duration).When(TurkishWords.Units.Trigger),
        Rx.Atom(@"\b(?<adv>günlük|haftalık|aylık|yıllık)\b", (m, r) => new SetEntity(m.G("adv")[..2] switch
        {
            "gü" => "P1D",
            "ha" => "P1W",
            "ay" => "P1M",
            _ => "P1Y",
        })),
        Rx.Atom($@"\bher\s+(?:(?<num>iki|üç|\d+)\s+)?(?<what>gün|hafta|ay|yıl|{Wd})(?![\w'])", Each),
        Rx.Atom($@"\b(?<month>{M})\s+(?<year>\d{{4}})\b", (m, r) =>
            CalendarMath.MonthOfYear(Digits.Int(m.G("year"))!.Value, TurkishWords.Months.Get(m.G("month")))).When(Trigger.Digit),
    ];

    private static Entity? DayMonth(Match m, System.DateTime reference)
    {
        var month = m.Has("mn") ? Digits.Int(m.G("mn")) : TurkishWords.ParseMonth(m.G("month"));
        return Dates.FromParts(m.Has("year") ? Digits.Int(m.G("year")) : null, month, Digits.Int(m.G("day")), reference);
    }

    private static Entity? Duration(Match m, System.DateTime reference)
    {
        var n = Digits.Int(m.G("num")) ?? (TurkishWords.Numbers.TryGet(m.G("num"), out var w) ? w : null);
        return n is { } amount && TurkishWords.Units.TryGet(m.G("unit"), out var unit) ? DurationEntity.Of(unit, amount) : null;
    }

    private static Entity? Each(Match m, System.DateTime reference)
    {
        var what = m.G("what");
        if (TurkishWords.Weekdays.TryGet(what, out var day))
            return new SetEntity("XXXX-WXX-" + day);
        var n = Digits.Int(m.G("num")) ?? (TurkishWords.Numbers.TryGet(m.G("num"), out var w) ? w : 1);
        var letter = what switch { "gün" => "D", "hafta" => "W", "ay" => "M", _ => "Y" };
        return new SetEntity(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P{n}{letter}"));
    }
}
