using IntegrationBot.Host.DirectLine;

namespace IntegrationBot.Host.WebChat;

/// <summary>The Web Chat page at / (static files from wwwroot) and its same-origin token endpoint.</summary>
public static class WebChatEndpoints
{
    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Context.Response.Headers["Referrer-Policy"] = "no-referrer";
            },
        });

        // The page asks here for a Direct Line token, so the secret never reaches the browser.
        app.MapPost("/api/directline/token", IssueToken);
        return app;
    }

    /// <summary>A token for a new conversation: <c>{"conversationId","token","expires_in"}</c>.</summary>
    private static IResult IssueToken(DirectLineTokens tokens, HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        var conversationId = ConversationIds.New();
        var body = new ConversationResponse(conversationId, tokens.Issue(conversationId, userId: null), (int)tokens.Lifetime.TotalSeconds);
        return Results.Json(body, DirectLineJson.Default.ConversationResponse);
    }
}
