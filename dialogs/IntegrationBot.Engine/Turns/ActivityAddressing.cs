using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Turns;

/// <summary>Addresses a reply to the conversation of the inbound activity (protocol notes §1.7).</summary>
public static class ActivityAddressing
{
    public static void ApplyReplyAddress(Activity reply, Activity inbound, string locale)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId ??= inbound.ChannelId;
        reply.ServiceUrl ??= inbound.ServiceUrl;
        reply.Conversation ??= inbound.Conversation is { } c ? new ConversationAccount(c.Id!) { TenantId = c.TenantId, IsGroup = c.IsGroup is true ? true : null } : null;
        reply.From ??= inbound.Recipient is { } bot ? new ChannelAccount(bot.Id!, bot.Name, "bot") : null;
        reply.Recipient ??= inbound.From is { } user ? new ChannelAccount(user.Id!, user.Name, user.Role) : null;
        reply.Locale ??= locale;
        if (reply.ReplyToId is null && inbound.IsType(ActivityTypes.Message))
            reply.ReplyToId = inbound.Id;
    }

    /// <summary>The reference to store for proactive messages (user = from, bot = recipient).</summary>
    public static ConversationReference GetConversationReference(Activity activity) => new()
    {
        ActivityId = activity.IsType(ActivityTypes.ConversationUpdate)
            && activity.ChannelId is Channels.DirectLine or Channels.WebChat ? null : activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };
}
