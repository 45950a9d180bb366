using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Turkish;

/// <summary>Turkish vocabulary: months, weekdays, units and the number words 1–31.</summary>
internal static class TurkishWords
{
    public static readonly Words<int> Months = WordTable.Ints(
        "ocak=1; şubat=2; mart=3; nisan=4; mayıs=5; haziran=6; temmuz=7; ağustos=8; eylül=9; ekim,eki=10; kasım=11; aralık=12");

    public static readonly Words<int> Weekdays = WordTable.Ints(
        "pazartesi=1; salı=2; çarşamba=3; perşembe=4; cuma=5; cumartesi=6; pazar=7");

    public static readonly Words<DurationUnit> Units = WordTable.Of(
        ("saniye", DurationUnit.Second),
        ("dakika", DurationUnit.Minute),
        ("saat", DurationUnit.Hour),
        ("gün", DurationUnit.Day),
        ("hafta", DurationUnit.Week),
        ("ay", DurationUnit.Month),
        ("yıl", DurationUnit.Year));

    public static readonly Words<int> Numbers = WordTable.Ints(
        "bir=1; iki=2; üç=3; dört=4; beş=5; altı=6; yedi=7; sekiz=8; dokuz=9; on=10; on bir=11; on iki=12; yirmi=20; " +
        "yirmi dört=24; otuz=30; birkaç=3");

    public static string Month => $"(?:{Months.Pattern})";

    public static string Weekday => $"(?:{Weekdays.Pattern})";

    public static int? ParseMonth(string text) => Digits.Int(text) ?? (Months.TryGet(text, out var m) ? m : null);
}
