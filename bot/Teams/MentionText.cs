using System.Text.Json;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>
/// Removes the bot's own <c>&lt;at&gt;…&lt;/at&gt;</c> mention from a message's text: in channels and group chats
/// users must mention the bot, and "<c>&lt;at&gt;IntegrationBot&lt;/at&gt; anmelden</c>" should read as "anmelden".
/// Mentions of other people stay.
/// </summary>
internal static class MentionText
{
    public static string? StripBotMention(Activity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) || !text.Contains("<at>", StringComparison.OrdinalIgnoreCase))
            return text;

        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                && MentionedId(entity) is { } id
                && string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)
                && MentionMarkup(entity) is { Length: > 0 } markup)
                text = text.Replace(markup, "", StringComparison.OrdinalIgnoreCase);
        }
        // Some clients send the mention without an entity; the bot's display name is then the only clue.
        if (activity.Recipient?.Name is { Length: > 0 } name)
            text = text.Replace($"<at>{name}</at>", "", StringComparison.OrdinalIgnoreCase);
        // Only the gap the mention leaves is closed; line breaks of a longer message (an idea) stay.
        while (text.Contains("  ", StringComparison.Ordinal))
            text = text.Replace("  ", " ", StringComparison.Ordinal);
        return text.Trim();
    }

    private static string? MentionedId(Entity entity) =>
        entity.Properties?.TryGetValue("mentioned", out var mentioned) == true
        && mentioned.ValueKind == JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static string? MentionMarkup(Entity entity) =>
        entity.Properties?.TryGetValue("text", out var text) == true && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
}
