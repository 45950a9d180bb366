using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Dutch;

/// <summary>Dutch vocabulary for dates and times.</summary>
internal static class DutchWords
{
    public static readonly Words<int> Months = WordTable.Ints(
        "januari,jan=1; februari,feb=2; maart,mrt,mar=3; april,apr=4; mei=5; juni,jun=6; juli,jul=7; augustus,aug=8; " +
        "september,sept,sep=9; oktober,okt=10; november,nov=11; december,dec=12");

    public static readonly Words<int> Weekdays = WordTable.Ints(
        "maandag,ma,maan=1; dinsdag,di,dins=2; woensdag,wo,woens=3; donderdag,do,don,donder=4; vrijdag,vr,vrij=5; " +
        "zaterdag,za,zat=6; zondag,zo,zon=7");

    /// <summary>Weeks from now; "aanstaande" is handled apart (the next occurrence).</summary>
    public static readonly Words<int> Relative = WordTable.Ints(
        "volgende,volgend,komende,komend=1; vorige,vorig,afgelopen,laatste,voorgaande=-1; deze,dit,huidige=0");

    public static readonly Words<PartOfDay> Parts = WordTable.Of(
        ("ochtend,ochtends,morgen,morgens,'s ochtends,'s morgens,’s ochtends,’s morgens,‘s ochtends,‘s morgens,voormiddag", PartOfDay.Morning),
        ("middag,middags,'s middags,’s middags,‘s middags,namiddag", PartOfDay.Afternoon),
        ("avond,avonds,'s avonds,’s avonds,‘s avonds", PartOfDay.Evening),
        ("nacht,nachts,'s nachts,’s nachts,‘s nachts", PartOfDay.Night),
        ("ontbijt", PartOfDay.Breakfast),
        ("lunch,lunchtijd", PartOfDay.Lunch),
        ("avondeten,diner,avondmaal", PartOfDay.Dinner));

    public static readonly Words<DurationUnit> Units = WordTable.Of(
        ("seconden,seconde,sec", DurationUnit.Second),
        ("minuten,minuut,min", DurationUnit.Minute),
        ("uren,uur,u", DurationUnit.Hour),
        ("dagen,dag,nachten,nacht", DurationUnit.Day),
        ("weken,week", DurationUnit.Week),
        ("weekenden,weekends,weekend", DurationUnit.Weekend),
        ("maanden,maand", DurationUnit.Month),
        ("jaren,jaar", DurationUnit.Year));

    public static readonly Words<Holiday> Holidays = WordTable.Of(
        ("nieuwjaar,nieuwjaarsdag", Holiday.On(1, 1)),
        ("valentijnsdag", Holiday.On(2, 14)),
        ("dag van de aarde", Holiday.On(4, 22)),
        ("koningsdag", Holiday.On(4, 27)),
        ("dag van de arbeid", Holiday.On(5, 1)),
        ("bevrijdingsdag", Holiday.On(5, 5)),
        ("onafhankelijkheidsdag,onafhankelijksdag", Holiday.On(7, 4)),
        ("halloween", Holiday.On(10, 31)),
        ("allerheiligen", Holiday.On(11, 1)),
        ("sinterklaas,sinterklaasavond,pakjesavond", Holiday.On(12, 5)),
        ("kerstavond", Holiday.On(12, 24)),
        ("kerstmis,kerst,eerste kerstdag", Holiday.On(12, 25)),
        ("tweede kerstdag", Holiday.On(12, 26)),
        ("oudejaarsavond,oudjaar,oudejaarsdag", Holiday.On(12, 31)),
        ("pasen,paaszondag,eerste paasdag", Holiday.Easter(0)),
        ("paasmaandag,tweede paasdag", Holiday.Easter(1)),
        ("goede vrijdag", Holiday.Easter(-2)),
        ("hemelvaart,hemelvaartsdag", Holiday.Easter(39)),
        ("pinksteren,eerste pinksterdag", Holiday.Easter(49)),
        ("tweede pinksterdag,pinkstermaandag", Holiday.Easter(50)),
        ("moederdag", Holiday.Nth(5, 7, 2)),
        ("vaderdag", Holiday.Nth(6, 7, 3)));

    public static string Month => $@"(?:{Months.Pattern})";

    public const string FullMonth = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";

    public const string Weekday = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)";

    /// <summary>Abbreviated weekdays only count with a dot or after "op" ("op zat", "zat. om 5 uur").</summary>
    public const string ShortWeekday = @"(?:(?<=\bop\s)(?:ma|di|wo|do|vr|za|zo|maan|dins|woens|don|donder|vrij|zat|zon)\b|(?:maan|dins|woens|donder|vrij|zat|zon)\.)";

    public const string Apostrophe = "['’‘]";

    public static string Rel => $"(?:{Relative.Pattern})";

    public static string Hour => $"(?:\\d{{1,2}}|{DutchNumbers.Cardinals.Pattern})";

    public static int? ParseMonth(string text) => Digits.Int(text) ?? (Months.TryGet(text.TrimEnd('.'), out var m) ? m : null);

    public static int? ParseHour(string text) => Digits.Int(text) ?? (text == "één" ? 1 : DutchNumbers.Cardinals.TryGet(text, out var v) && v <= 24 ? v : null);

    public static int? ParseWeekday(string text) => Weekdays.TryGet(text.TrimEnd('.'), out var d) ? d : null;
}
