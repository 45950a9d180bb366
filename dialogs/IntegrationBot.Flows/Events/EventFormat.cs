using System.Globalization;
using IntegrationBot.Domain.Events;
using IntegrationBot.Engine.Localization;

namespace IntegrationBot.Flows.Events;

/// <summary>
/// Dates, times and places of events as users read them: Münster time, the user's language, always the Gregorian
/// calendar (ar-SA and fa-IR would otherwise format in the Hijri and Persian calendars).
/// </summary>
public static class EventFormat
{
    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Berlin).DateTime;

    public static string Date(DateTimeOffset instant, string language) =>
        Local(instant).ToString("ddd dd.MM.yyyy", Format(language));

    public static string Time(EventRecord e, string language)
    {
        ArgumentNullException.ThrowIfNull(e);
        var culture = Format(language);
        return Local(e.Start).ToString("HH:mm", culture) + "–" + Local(e.End).ToString("HH:mm", culture);
    }

    /// <summary>"Volkshochschule, VHS Forum, Aegidiimarkt 3, 48143 Münster", or the "place to be announced" text.</summary>
    public static string Place(EventRecord e, IBotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(texts);
        return IcsCalendar.Location(e.Venue) ?? texts["Dates_PlaceTba", []];
    }

    public static string MonthYear(DateTime local, string language) => local.ToString("MMMM yyyy", Format(language));

    private static DateTimeFormatInfo Format(string language)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(language).Clone();
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault();
            if (gregorian is null)
                return CultureInfo.InvariantCulture.DateTimeFormat;
            culture.DateTimeFormat.Calendar = gregorian;
        }
        return culture.DateTimeFormat;
    }
}
