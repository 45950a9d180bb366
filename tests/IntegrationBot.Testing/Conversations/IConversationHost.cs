using System.Globalization;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Turns;

namespace IntegrationBot.Testing.Conversations;

/// <summary>An in-process bot a <see cref="TestConversation"/> talks to: the engine with some dialogs (test or real flows).</summary>
public interface IConversationHost
{
    TurnPipeline Pipeline { get; }

    IBotTexts Texts { get; }
}

public static class ConversationHostExtensions
{
    /// <summary>A resource text as the bot says it in <paramref name="language"/>.</summary>
    public static string Text(this IConversationHost host, string language, string key, params object[] args)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return host.Texts[key, args];
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>A new conversation with one user whose client speaks <paramref name="locale"/>.</summary>
    public static TestConversation Conversation(this IConversationHost host, string locale = "de-DE", string channelId = "test") =>
        new(host, locale, channelId);

    /// <summary>The same conversation as seen by this host (another bot instance, or the host after a restart).</summary>
    public static TestConversation Rejoin(this IConversationHost host, TestConversation conversation) =>
        new(host, conversation.Locale, conversation.ChannelId, conversation.Id);
}
