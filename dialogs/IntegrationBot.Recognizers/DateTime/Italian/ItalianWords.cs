using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.Italian;

/// <summary>Italian vocabulary: months, weekdays, units and the number words 1–31.</summary>
internal static class ItalianWords
{
    public static readonly Words<int> Months = WordTable.Ints(
        "gennaio,gen=1; febbraio,feb=2; marzo,mar=3; aprile,apr=4; maggio,mag=5; giugno,giu=6; luglio,lug=7; agosto,ago=8; " +
        "settembre,sett,set=9; ottobre,ott=10; novembre,nov=11; dicembre,dic=12");

    public static readonly Words<int> Weekdays = WordTable.Ints(
        "lunedì,lunedi=1; martedì,martedi=2; mercoledì,mercoledi=3; giovedì,giovedi=4; venerdì,venerdi=5; sabato=6; domenica=7");

    public static readonly Words<DurationUnit> Units = WordTable.Of(
        ("secondi,secondo", DurationUnit.Second),
        ("minuti,minuto", DurationUnit.Minute),
        ("ore,ora", DurationUnit.Hour),
        ("giorni,giorno", DurationUnit.Day),
        ("settimane,settimana", DurationUnit.Week),
        ("mesi,mese", DurationUnit.Month),
        ("anni,anno", DurationUnit.Year));

    public static readonly Words<int> Numbers = WordTable.Ints(
        "uno,un,una=1; due=2; tre=3; quattro=4; cinque=5; sei=6; sette=7; otto=8; nove=9; dieci=10; undici=11; dodici=12; " +
        "tredici=13; quattordici=14; quindici=15; sedici=16; diciassette=17; diciotto=18; diciannove=19; venti=20; " +
        "ventuno=21; ventidue=22; ventitré,ventitre=23; ventiquattro=24; venticinque=25; ventisei=26; ventisette=27; " +
        "ventotto=28; ventinove=29; trenta=30; trentuno=31");

    public static string Month => $"(?:{Months.Pattern})";

    public static string Weekday => $"(?:{Weekdays.Pattern})";

    /// <summary>Digits, number words, and "alcuni"/"diverse"/"qualche" (upstream reads them as three).</summary>
    public static string Number => $@"\d+|(?>{Numbers.Pattern})|alcun[ie]|divers[ie]|qualche";

    public static decimal? ParseNumber(string text) =>
        Digits.Decimal(text) ?? (Numbers.TryGet(text, out var n) ? n : text is "alcuni" or "alcune" or "diversi" or "diverse" or "qualche" ? 3 : null);

    public static int? ParseMonth(string text) => Digits.Int(text) ?? (Months.TryGet(text.TrimEnd('.'), out var m) ? m : null);
}
