using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Host.Proactive;
using IntegrationBot.Host.Roles;
using IntegrationBot.Host.Teams;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Registrations;

/// <summary>
/// Sends a capacity alert to every configured coordinator whose Teams personal chat is known, in the chat's language
/// (German when it has none). Coordinators without one have the recorded alert (log and coordinator API).
/// </summary>
public sealed class CoordinatorAlerts(
    IOptionsMonitor<RolesOptions> roles,
    CoordinatorReferences coordinators,
    ConversationReferenceStore references,
    ProactiveSender sender,
    RegistrationMessages messages)
{
    public async Task<int> SendAsync(CapacityAlert alert, EventRecord? e, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var objectId in roles.CurrentValue.Coordinators.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await coordinators.FindAsync(objectId, cancellationToken).ConfigureAwait(false) is not { } key
                || await references.GetAsync(key, cancellationToken).ConfigureAwait(false) is not { IsDisabled: false } stored)
                continue;
            var language = Engine.Turns.Culture.ToSupported(stored.Reference.Locale) ?? "de";
            var outcome = await sender.SendAsync(key, messages.CapacityAlert(alert, e, language), cancellationToken).ConfigureAwait(false);
            sent += outcome.Status == ProactiveStatus.Sent ? 1 : 0;
        }
        return sent;
    }
}
