namespace IntegrationBot.Host.WebChat;

/// <summary>The Web Chat page at / and its token endpoint.</summary>
public static class WebChatEndpoints
{
    public static WebApplication MapWebChat(this WebApplication app) => app; // filled by the Direct Line work
}
