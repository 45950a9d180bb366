using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace IntegrationBot.TextAnalytics.Offline.Pii;

/// <summary>Street addresses (German, Dutch, English) and postcode + city.</summary>
internal static class AddressFinder
{
    // Nouns that end like street names but name a thing: "Spielplatz 3 neue Bänke" is no address.
    private static readonly FrozenSet<string> StreetLikeNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Spielplatz", "Sportplatz", "Parkplatz", "Arbeitsplatz", "Kitaplatz", "Krippenplatz", "Kindergartenplatz",
        "Studienplatz", "Ausbildungsplatz", "Praktikumsplatz", "Sitzplatz", "Stellplatz", "Bolzplatz", "Marktplatz",
        "Wochenmarkt", "Arbeitsmarkt", "Wohnungsmarkt", "Flohmarkt", "Supermarkt", "Weihnachtsmarkt", "Bauernmarkt",
        "Radweg", "Fußweg", "Fussweg", "Schulweg", "Heimweg", "Rückweg", "Umweg", "Ausweg", "Gehweg", "Spazierweg",
        "Wanderweg", "Lebensweg", "Boxring", "Schlüsselring", "Speelplein", "Fietspad", "Trampelpfad");

    // Counted nouns after a five-digit number: "10000 Euro", "12000 Menschen" are not postcode + city.
    private static readonly FrozenSet<string> CountedNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Euro", "EUR", "Dollar", "Menschen", "Personen", "Leute", "Einwohner", "Einwohnerinnen", "Teilnehmer",
        "Teilnehmende", "Teilnehmerinnen", "Besucher", "Besucherinnen", "Zuschauer", "Kinder", "Schüler", "Schülerinnen",
        "Studierende", "Studenten", "Mitglieder", "Stunden", "Minuten", "Tage", "Wochen", "Monate", "Jahre", "Kilometer",
        "Meter", "Quadratmeter", "Schritte", "Stimmen", "Unterschriften", "Plätze", "Wohnungen", "Bäume", "Fahrräder",
        "Liter", "Tonnen", "Exemplare", "Euros", "People", "Residents");

    public static void Find(string text, List<PiiEntity> found)
    {
        foreach (Match match in PiiPatterns.Street().Matches(text))
        {
            if (!StreetLikeNouns.Contains(LastWord(match.Groups["street"].ValueSpan)))
            {
                found.Add(new PiiEntity(PiiCategories.Address, match.Index, match.Length));
            }
        }

        foreach (var match in PiiPatterns.EnglishStreet().EnumerateMatches(text))
        {
            found.Add(new PiiEntity(PiiCategories.Address, match.Index, match.Length));
        }

        foreach (Match match in PiiPatterns.PostcodeAndCity().Matches(text))
        {
            if (!CountedNouns.Contains(match.Groups["city"].Value))
            {
                found.Add(new PiiEntity(PiiCategories.Address, match.Index, match.Length));
            }
        }
    }

    private static string LastWord(ReadOnlySpan<char> street)
    {
        var space = street.LastIndexOf(' ');
        return street[(space + 1)..].ToString();
    }
}
