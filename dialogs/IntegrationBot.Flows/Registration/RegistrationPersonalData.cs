using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Running;

namespace IntegrationBot.Flows.Registration;

/// <summary>"Show my data" lists the user's registrations; "delete my data" cancels them (freeing places) and erases them.</summary>
public sealed class RegistrationPersonalData(IRegistrationStore registrations, IEventCatalog catalog, IBotTexts texts) : IPersonalData
{
    public async Task<IReadOnlyList<string>> DescribeAsync(UserKey user, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var r in await registrations.ListAsync(new ChannelUser(user.ChannelId, user.UserId), cancellationToken).ConfigureAwait(false))
        {
            var title = (await catalog.FindAsync(r.EventId, cancellationToken).ConfigureAwait(false))?.Event.Title ?? r.EventId;
            var contact = r.Email ?? r.Phone ?? texts["Registration_NoContact", []];
            lines.Add(texts["Registration_PersonalData_Line", r.BookingCode, title, MyRegistrationsDialog.StatusText(r.Status, texts), r.Persons, r.Name, contact]);
        }
        return lines;
    }

    public Task EraseAsync(UserKey user, CancellationToken cancellationToken) =>
        registrations.EraseAsync(new ChannelUser(user.ChannelId, user.UserId), cancellationToken);
}
