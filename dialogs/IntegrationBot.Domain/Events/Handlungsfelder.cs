namespace IntegrationBot.Domain.Events;

/// <summary>
/// Codes of the ten Handlungsfelder of the current Leitbild process (shared/seeds/migrationsleitbild-prozess-2023-2025.txt:
/// the three prioritised fields and the seven of the October 2024 workshop). Names are localised texts keyed by code.
/// </summary>
public static class Handlungsfelder
{
    public const string WirtschaftArbeit = "wirtschaft-arbeit";
    public const string Partizipation = "partizipation";
    public const string InterkulturelleOeffnung = "interkulturelle-oeffnung";
    public const string RechtlicheBeratung = "rechtliche-beratung";
    public const string BildungSprachen = "bildung-sprachen";
    public const string KinderJugendSoziales = "kinder-jugend-soziales";
    public const string Wohnen = "wohnen";
    public const string GesundheitPflege = "gesundheit-pflege";
    public const string KulturReligion = "kultur-religion";
    public const string SportFreizeit = "sport-freizeit";

    public static IReadOnlyList<string> All { get; } =
    [
        WirtschaftArbeit, Partizipation, InterkulturelleOeffnung, RechtlicheBeratung, BildungSprachen,
        KinderJugendSoziales, Wohnen, GesundheitPflege, KulturReligion, SportFreizeit,
    ];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
