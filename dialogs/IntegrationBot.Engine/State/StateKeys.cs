using IntegrationBot.Schema;

namespace IntegrationBot.Engine.State;

/// <summary>Storage keys of the three state scopes. Prefixes double as expiry scopes for the cleanup job.</summary>
public static class StateKeys
{
    public const string DialogPrefix = "dialog/";
    public const string ConversationPrefix = "conversation/";
    public const string UserPrefix = "user/";

    /// <summary>Private conversation state: one user's dialog stack in one conversation (so group chats don't mix users).</summary>
    public static string Dialog(Activity activity) =>
        $"{DialogPrefix}{activity.ChannelId}/{activity.Conversation?.Id}/{activity.From?.Id}";

    public static string Conversation(Activity activity) =>
        $"{ConversationPrefix}{activity.ChannelId}/{activity.Conversation?.Id}";

    public static string User(Activity activity) =>
        $"{UserPrefix}{activity.ChannelId}/{activity.From?.Id}";
}
