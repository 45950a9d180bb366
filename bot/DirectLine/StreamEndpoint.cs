using Microsoft.AspNetCore.Mvc;

namespace IntegrationBot.Host.DirectLine;

/// <summary>GET conversations/{id}/stream: the WebSocket a <c>streamUrl</c> points to, authorised by its <c>t</c> ticket.</summary>
internal static class StreamEndpoint
{
    public static async Task<IResult> ConnectAsync(
        string conversationId, [FromQuery(Name = "t")] string? ticket, [FromQuery] string? watermark,
        HttpContext http, DirectLineTokens tokens, IDirectLineConversationStore store, DirectLineStreams streams)
    {
        if (!http.WebSockets.IsWebSocketRequest)
            return DirectLineErrors.NotWebSocket();
        switch (tokens.Validate(ticket ?? string.Empty, TokenPurpose.Stream, out var grant))
        {
            case TokenRejection.Expired:
                return DirectLineErrors.TokenExpired();
            case TokenRejection.Invalid:
                return DirectLineErrors.InvalidToken();
        }
        if (grant!.ConversationId != conversationId)
            return DirectLineErrors.OtherConversation();
        if (await store.FindAsync(conversationId, http.RequestAborted).ConfigureAwait(false) is null)
            return DirectLineErrors.ConversationNotFound();

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await streams.RunAsync(socket, conversationId, ActivitySetJson.ParseWatermark(watermark), http.RequestAborted).ConfigureAwait(false);
        return Results.Empty;
    }
}
