using System.Globalization;
using IntegrationBot.Ideas;

namespace IntegrationBot.Host.Ideas;

/// <summary>
/// The columns of the CSV and Excel exports, headed in German for the city's staff. Times are local (Europe/Berlin);
/// states keep the API's values so a sheet can be filtered the way the API is.
/// </summary>
internal static class IdeaExportColumns
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static IReadOnlyList<string> Headers { get; } =
    [
        "Referenz", "Eingegangen am", "Status", "Handlungsfeld", "Vorgeschlagenes Handlungsfeld", "Kanal", "Sprache des Gesprächs",
        "Erkannte Sprache", "Originaltext", "Deutscher Text", "Maschinell übersetzt", "Übersetzung", "Text ohne personenbezogene Daten",
        "Schlüsselbegriffe", "Stadtteil", "Schlagworte", "Notizen", "Anonym", "Name", "Kontakt",
    ];

    public static IReadOnlyList<string> Values(Idea idea) =>
    [
        idea.Reference,
        TimeZoneInfo.ConvertTime(idea.SubmittedAt, Berlin).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        idea.Status.ToString(),
        idea.Field,
        idea.SuggestedField ?? "",
        idea.Channel,
        idea.Language,
        idea.DetectedLanguage ?? "",
        idea.Text,
        idea.GermanText ?? "",
        YesNo(idea.MachineTranslated),
        idea.Translation.ToString(),
        idea.RedactedText ?? "",
        string.Join(", ", idea.KeyPhrases),
        idea.Neighbourhood ?? "",
        string.Join(", ", idea.Tags),
        idea.Notes ?? "",
        YesNo(idea.IsAnonymous),
        idea.AuthorName ?? "",
        idea.AuthorContact ?? "",
    ];

    private static string YesNo(bool value) => value ? "ja" : "nein";
}
