using IntegrationBot.Schema;

namespace IntegrationBot.Host.DirectLine;

/// <summary>How Direct Line addresses the activities it hands to the bot.</summary>
internal static class DirectLineActivities
{
    /// <summary>
    /// Addresses an activity a client posted. The server owns id, timestamp, conversation, recipient and role; the
    /// rest (text, value, locale, entities and above all channelData with Web Chat's clientActivityID) stays as sent,
    /// because Web Chat matches its echo by that id.
    /// </summary>
    public static void AddressPosted(Activity activity, DirectLineConversation conversation, TokenGrant? token, ChannelAccount bot, string serviceUrl)
    {
        var userId = token?.UserId ?? activity.From?.Id ?? conversation.User.Id;
        activity.From = new ChannelAccount(userId!, activity.From?.Name ?? conversation.User.Name, "user");
        activity.Recipient = bot;
        activity.Conversation = new ConversationAccount(conversation.Id);
        // Web Chat posts "webchat"; a plain Direct Line client may say "directline". Other values are not ours to accept.
        activity.ChannelId = activity.ChannelId == Channels.DirectLine ? Channels.DirectLine : Channels.WebChat;
        activity.ServiceUrl = serviceUrl;
        activity.CallerId = null;
        activity.Id = null;
        activity.TimestampText = null;
        activity.Locale ??= conversation.Locale;
    }

    /// <summary>
    /// The conversationUpdate Azure's Direct Line sends the bot when a conversation starts: user and bot join, so
    /// the bot can greet before the user types (Web Chat itself sends nothing on connect).
    /// </summary>
    public static Activity MembersAdded(DirectLineConversation conversation, ChannelAccount bot, string serviceUrl, DateTimeOffset now)
    {
        // Copies, so nothing the turn does to its activity can change the stored conversation.
        var user = new ChannelAccount(conversation.User.Id!, conversation.User.Name, "user");
        return new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversation.Id + "|start",
            Timestamp = now,
            ChannelId = Channels.WebChat,
            ServiceUrl = serviceUrl,
            From = user,
            Recipient = bot,
            Conversation = new ConversationAccount(conversation.Id),
            MembersAdded = [user, new ChannelAccount(bot.Id!, bot.Name, "bot")],
            Locale = conversation.Locale,
        };
    }
}
