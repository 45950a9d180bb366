using System.Globalization;
using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Flows.Events;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Registrations;

/// <summary>
/// The proactive registration messages, in the recipient's language (outside a turn no locale middleware sets the UI
/// culture, so each text is rendered under the culture of its recipient), with the flows' date and place formats.
/// </summary>
public sealed class RegistrationMessages(IBotTexts texts)
{
    public Activity Promoted(Registration registration, EventRecord? e) =>
        Message(registration.Language, t => t["Registration_Notice_Promoted", e?.Title ?? registration.EventId, registration.BookingCode]);

    public Activity Reminder(Registration registration, EventRecord e)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(e);
        var language = registration.Language;
        return Message(language, t => t["Registration_Reminder",
            e.Title, EventFormat.Date(e.Start, language), EventFormat.Time(e, language), EventFormat.Place(e, t), registration.BookingCode]);
    }

    public Activity CapacityAlert(CapacityAlert alert, EventRecord? e, string language)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return Message(language, t => t["Registration_Alert_Capacity",
            e?.Title ?? alert.EventId,
            e is null ? string.Empty : EventFormat.Date(e.Start, language),
            alert.Threshold.ToString(CultureInfo.InvariantCulture),
            alert.ConfirmedPersons.ToString(CultureInfo.InvariantCulture),
            alert.Bookable.ToString(CultureInfo.InvariantCulture)]);
    }

    private Activity Message(string language, Func<IBotTexts, string> render) => new()
    {
        Type = ActivityTypes.Message,
        Text = texts.In(language, render),
        Locale = Engine.Turns.Culture.ToSupported(language) ?? Engine.Turns.Culture.Default,
    };
}
