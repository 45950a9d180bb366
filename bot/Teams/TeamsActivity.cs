using System.Text.Json;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>Reads the Teams-specific parts of an activity (protocol notes §4.1–§4.3).</summary>
internal static class TeamsActivity
{
    public static bool IsTeams(Activity activity) =>
        string.Equals(activity.ChannelId, Channels.MsTeams, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public static string? TenantId(Activity activity) =>
        activity.Conversation?.TenantId is { Length: > 0 } tenant
            ? tenant
            : ReadString(activity.ChannelData, "tenant", "id");

    /// <summary>personal, groupChat or channel; older payloads lack it, and a channel id (<c>19:…@thread</c>) then says channel.</summary>
    public static string ConversationType(Activity activity) =>
        activity.Conversation?.ConversationType is { Length: > 0 } type ? type
        : activity.Conversation?.IsGroup == true || ReadString(activity.ChannelData, "channel", "id") is not null ? "channel"
        : "personal";

    public static bool IsPersonal(Activity activity) =>
        string.Equals(ConversationType(activity), "personal", StringComparison.OrdinalIgnoreCase);

    /// <summary>The bot was installed: <c>installationUpdate</c> add/add-upgrade, or the bot among <c>membersAdded</c>.</summary>
    public static bool IsInstall(Activity activity) =>
        (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true)
        || (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded?.Any(m => IsBot(activity, m)) == true);

    /// <summary>The bot was uninstalled: <c>installationUpdate</c> remove, or the bot among <c>membersRemoved</c>.</summary>
    public static bool IsUninstall(Activity activity) =>
        (activity.IsType(ActivityTypes.InstallationUpdate) && string.Equals(activity.Action, "remove", StringComparison.OrdinalIgnoreCase))
        || (activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersRemoved?.Any(m => IsBot(activity, m)) == true);

    /// <summary>Whether anybody but the bot joined: then the engine greets them itself.</summary>
    public static bool UsersAdded(Activity activity) =>
        activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded?.Any(m => !IsBot(activity, m)) == true;

    /// <summary>The client's locale from the <c>clientInfo</c> entity (install events often carry no <c>locale</c>).</summary>
    public static string? ClientLocale(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase)
                && entity.Properties?.TryGetValue("locale", out var locale) == true
                && locale.ValueKind == JsonValueKind.String)
                return locale.GetString();
        }
        return null;
    }

    private static bool IsBot(Activity activity, ChannelAccount member) =>
        member.Id is { } id && (string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase) || id.StartsWith("28:", StringComparison.Ordinal));

    private static string? ReadString(JsonElement? element, string property, string inner) =>
        element is { ValueKind: JsonValueKind.Object } obj
        && obj.TryGetProperty(property, out var outer) && outer.ValueKind == JsonValueKind.Object
        && outer.TryGetProperty(inner, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
