using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.German;

/// <summary>German vocabulary for dates and times, with the regex alternations built from it.</summary>
internal static class GermanWords
{
    public static readonly Words<int> Months = WordTable.Ints(
        "januar,jänner,jan=1; februar,feber,feb=2; märz,maerz,mär,mrz=3; april,apr=4; mai=5; juni,jun=6; juli,jul=7; august,aug=8; september,sept,sep=9; oktober,okt=10; november,nov=11; dezember,dez=12");

    public static readonly Words<int> Weekdays = WordTable.Ints(
        "montag,mo.=1; dienstag,di.=2; mittwoch,mi.=3; donnerstag,do.=4; freitag,fr.=5; samstag,sonnabend,sa.=6; sonntag,so.=7");

    /// <summary>Weeks from now: "nächsten" +1, "letzten" −1, "diesen" 0, "übernächsten" +2 (all endings).</summary>
    public static readonly Words<int> Relative = new(Inflect(WordTable.Ints(
        "nächst,naechst,kommend,folgend=1; letzt,vergangen,vorig=-1; dies,laufend,aktuell,jetzig=0; übernächst=2; vorletzt=-2")));

    /// <summary>Parts of the day; "früh"/"spät" prefixes are handled by the patterns.</summary>
    public static readonly Words<PartOfDay> Parts = WordTable.Of(
        ("morgen,morgens,früh,vormittag,vormittags", PartOfDay.Morning),
        ("nachmittag,nachmittags,mittag,mittags", PartOfDay.Afternoon),
        ("abend,abends", PartOfDay.Evening),
        ("nacht,nachts", PartOfDay.Night));

    public static readonly Words<DurationUnit> Units = WordTable.Of(
        ("sekunden,sekunde,sek,sec", DurationUnit.Second),
        ("minuten,minute,min", DurationUnit.Minute),
        ("stunden,stunde,std", DurationUnit.Hour),
        ("tagen,tage,tag,tg,nächte,nächten,nacht", DurationUnit.Day),
        ("wochen,woche", DurationUnit.Week),
        ("wochenenden,wochenende", DurationUnit.Weekend),
        ("monaten,monate,monat", DurationUnit.Month),
        ("jahren,jahre,jahr", DurationUnit.Year));

    public static readonly Words<Holiday> Holidays = WordTable.Of(
        ("neujahr,neujahrstag", Holiday.On(1, 1)),
        ("heilige drei könige", Holiday.On(1, 6)),
        ("valentinstag", Holiday.On(2, 14)),
        ("weltfrauentag,frauentag", Holiday.On(3, 8)),
        ("tag der arbeit,maifeiertag", Holiday.On(5, 1)),
        ("weltkindertag", Holiday.On(6, 1)),
        ("tag der deutschen einheit", Holiday.On(10, 3)),
        ("reformationstag,halloween", Holiday.On(10, 31)),
        ("allerheiligen", Holiday.On(11, 1)),
        ("martinstag", Holiday.On(11, 11)),
        ("nikolaus,nikolaustag", Holiday.On(12, 6)),
        ("heiligabend,heiliger abend", Holiday.On(12, 24)),
        ("weihnachten,ersten weihnachtsfeiertag,erster weihnachtsfeiertag,ersten weihnachtstag,erster weihnachtstag", Holiday.On(12, 25)),
        ("zweiten weihnachtsfeiertag,zweiter weihnachtsfeiertag,zweiten weihnachtstag,zweiter weihnachtstag", Holiday.On(12, 26)),
        ("silvester", Holiday.On(12, 31)),
        ("ostern,ostersonntag", Holiday.Easter(0)),
        ("ostermontag", Holiday.Easter(1)),
        ("karfreitag", Holiday.Easter(-2)),
        ("karsamstag", Holiday.Easter(-1)),
        ("gründonnerstag", Holiday.Easter(-3)),
        ("palmsonntag", Holiday.Easter(-7)),
        ("aschermittwoch", Holiday.Easter(-46)),
        ("rosenmontag", Holiday.Easter(-48)),
        ("fastnachtssonntag", Holiday.Easter(-49)),
        ("faschingsdienstag,fastnachtsdienstag", Holiday.Easter(-47)),
        ("weiberfastnacht", Holiday.Easter(-52)),
        ("christi himmelfahrt,himmelfahrt,vatertag", Holiday.Easter(39)),
        ("pfingsten,pfingstsonntag", Holiday.Easter(49)),
        ("pfingstmontag", Holiday.Easter(50)),
        ("fronleichnam", Holiday.Easter(60)),
        ("muttertag", Holiday.Nth(5, 7, 2)),
        ("erntedankfest,erntedank", Holiday.Nth(10, 7, 1)),
        ("ewigkeitssonntag,totensonntag", Holiday.Rule(y => Core.Holidays.FirstAdvent(y).AddDays(-7))),
        ("volkstrauertag", Holiday.Rule(y => Core.Holidays.FirstAdvent(y).AddDays(-14))),
        ("buß- und bettag", Holiday.Rule(y => Core.Holidays.FirstAdvent(y).AddDays(-11))),
        ("ersten advent,erster advent,1. advent", Holiday.Rule(Core.Holidays.FirstAdvent)),
        ("zweiten advent,zweiter advent,2. advent", Holiday.Rule(y => Core.Holidays.FirstAdvent(y).AddDays(7))),
        ("dritten advent,dritter advent,3. advent", Holiday.Rule(y => Core.Holidays.FirstAdvent(y).AddDays(14))),
        ("vierten advent,vierter advent,4. advent", Holiday.Rule(y => Core.Holidays.FirstAdvent(y).AddDays(21))));

    /// <summary>Shared trigger (see Trigger) of "X (Minuten) nach/vor Y".</summary>
    public static readonly Trigger NachOderVorTrigger = Trigger.AnyOf(["nach", "vor"]);

    public static string Month => $"(?:{Months.Pattern})";

    public static string Weekday => $"(?:{Weekdays.Pattern})";

    public static string Rel => $"(?:{Relative.Pattern})";

    public static string Unit => $"(?:{Units.Pattern})";

    /// <summary>An hour as digits or word (for "halb acht", "viertel nach drei").</summary>
    public static string Hour => @"(?:\d{1,2}|eins|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)";

    public static int? ParseHour(string text) => Digits.Int(text) ?? (text == "ein" ? 1 : GermanNumbers.Cardinals.TryGet(text, out var v) ? v : null);

    private static IEnumerable<KeyValuePair<string, int>> Inflect(Words<int> stems) =>
        stems.Entries.SelectMany(s => ((string[])["e", "en", "er", "es", "em"]).Select(e => new KeyValuePair<string, int>(s.Key + e, s.Value)));
}
