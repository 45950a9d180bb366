using IntegrationBot.Flows.Roles;
using IntegrationBot.Host.Auth;
using IntegrationBot.Schema;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Roles;

/// <summary>
/// Roles from configuration by Entra object id. The id is trusted only on Teams activities that came with a validated
/// Azure Bot Service token (caller id <c>urn:botframework:azure</c>): elsewhere anybody could claim any id.
/// </summary>
internal sealed class ConfiguredUserRoles(IOptionsMonitor<RolesOptions> options) : IUserRoles
{
    public UserRole RoleOf(Activity activity)
    {
        if (!string.Equals(activity.ChannelId, Channels.MsTeams, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(activity.CallerId, AuthenticationOutcome.AzureCallerId, StringComparison.Ordinal)
            || activity.From?.AadObjectId is not { Length: > 0 } objectId)
            return UserRole.Resident;

        var roles = options.CurrentValue;
        return Contains(roles.Coordinators, objectId) ? UserRole.Coordinator
            : Contains(roles.Staff, objectId) ? UserRole.Staff
            : UserRole.Resident;
    }

    private static bool Contains(IList<string> ids, string objectId) =>
        ids.Any(id => Guid.TryParse(id, out var a) && Guid.TryParse(objectId, out var b) ? a == b : string.Equals(id.Trim(), objectId, StringComparison.OrdinalIgnoreCase));
}
