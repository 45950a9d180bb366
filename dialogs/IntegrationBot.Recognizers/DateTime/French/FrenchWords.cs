using IntegrationBot.Recognizers.DateTime.Core;

namespace IntegrationBot.Recognizers.DateTime.French;

/// <summary>French vocabulary and number words (0–59, with and without hyphens).</summary>
internal static class FrenchWords
{
    private static readonly string[] Units =
    [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];

    private static readonly string[] Tens = ["", "", "vingt", "trente", "quarante", "cinquante"];

    public static readonly Words<int> Numbers = new(NumberEntries());

    public static readonly Words<int> Months = WordTable.Ints(
        "janvier,janv=1; février,fevrier,févr,fevr,fév,fev=2; mars=3; avril,avr=4; mai=5; juin=6; juillet,juil=7; août,aout=8; " +
        "septembre,sept=9; octobre,oct=10; novembre,nov=11; décembre,decembre,déc,dec=12");

    public static readonly Words<int> Weekdays = WordTable.Ints(
        "lundi,lun.=1; mardi,mar.=2; mercredi,mer.=3; jeudi,jeu.=4; vendredi,ven.=5; samedi,sam.=6; dimanche,dim.=7");

    public static readonly Words<PartOfDay> Parts = WordTable.Of(
        ("matin,matinée,matinee", PartOfDay.Morning),
        ("après-midi,apres-midi,après midi,apres midi,aprèm", PartOfDay.Afternoon),
        ("soir,soirée,soiree", PartOfDay.Evening),
        ("nuit", PartOfDay.Night));

    public static readonly Words<DurationUnit> Units2 = WordTable.Of(
        ("secondes,seconde,sec", DurationUnit.Second),
        ("minutes,minute,min", DurationUnit.Minute),
        ("heures,heure,h", DurationUnit.Hour),
        ("jours,jour,journée,journées,nuits,nuit", DurationUnit.Day),
        ("semaines,semaine", DurationUnit.Week),
        ("mois", DurationUnit.Month),
        ("années,année,annees,annee,ans,an", DurationUnit.Year));

    public static string Month => $"(?:{Months.Pattern})";

    public const string Weekday = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

    public static string Number => $@"\d+(?:[.,]\d+)?|quelques|plusieurs|une|{Numbers.Pattern}";

    public static decimal? Parse(string text)
    {
        if (text.Length == 0)
            return null;
        if (char.IsDigit(text[0]))
            return Digits.Decimal(text);
        return text switch
        {
            "quelques" or "plusieurs" => 3,
            "une" => 1,
            _ => Numbers.TryGet(text, out var v) ? v : null,
        };
    }

    public static int? ParseHour(string text) => Digits.Int(text) ?? (Numbers.TryGet(text, out var v) && v <= 24 ? v : null);

    private static IEnumerable<KeyValuePair<string, int>> NumberEntries()
    {
        for (var n = 0; n < 60; n++)
        {
            if (n < 20)
            {
                yield return new(Units[n], n);
                yield return new(Units[n].Replace('-', ' '), n);
                continue;
            }
            var tens = Tens[n / 10];
            var unit = n % 10;
            if (unit == 0)
                yield return new(tens, n);
            else if (unit == 1)
            {
                yield return new(tens + "-et-un", n);
                yield return new(tens + " et un", n);
            }
            else
            {
                yield return new(tens + "-" + Units[unit], n);
                yield return new(tens + " " + Units[unit], n);
            }
        }
    }
}
