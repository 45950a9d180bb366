using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.Dialogs;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Flows.Events;
using IntegrationBot.Flows.Menu;

namespace IntegrationBot.Flows.Registration;

/// <summary>
/// Promotions from the waitlist since the user's last visit, told once: when the menu starts, and when a dates or
/// registration flow starts (a returning user usually answers a menu that was already waiting).
/// </summary>
public sealed class RegistrationNotices(IRegistrationStore registrations, EventQueries events) : IMenuNotices
{
    public async Task<IReadOnlyList<Text>> TakeAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var notices = new List<Text>();
        foreach (var notice in await registrations.TakeNoticesAsync(RegistrationTurn.User(dc), cancellationToken).ConfigureAwait(false))
        {
            var title = (await events.FindAsync(notice.EventId, cancellationToken).ConfigureAwait(false))?.Event.Title ?? notice.EventId;
            notices.Add(Text.Of("Registration_Notice_Promoted", title, notice.BookingCode));
        }
        return notices;
    }

    public async Task TellAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        foreach (var notice in await TakeAsync(dc, cancellationToken).ConfigureAwait(false))
            await dc.SendAsync(notice, cancellationToken).ConfigureAwait(false);
    }
}
