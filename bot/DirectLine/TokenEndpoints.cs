namespace IntegrationBot.Host.DirectLine;

/// <summary>POST tokens/generate (Bearer secret) and POST tokens/refresh (Bearer token).</summary>
internal static class TokenEndpoints
{
    public static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineApi api, CancellationToken cancellationToken)
    {
        var caller = api.Authenticate(request, out var failure);
        if (caller is null)
            return failure!;
        if (!caller.HasSecret)
            return DirectLineErrors.SecretRequired();

        // trustedOrigins is accepted and ignored: tokens are not bound to origins here (CORS is configured instead).
        var body = await api.ReadBodyAsync(request, DirectLineJson.Default.DirectLineRequestBody, cancellationToken).ConfigureAwait(false);
        if (body.Failure is not null)
            return body.Failure;
        var userId = body.Value?.User?.Id;
        if (userId is not null && !userId.StartsWith("dl_", StringComparison.Ordinal))
            return DirectLineErrors.BadArgument("An embedded user id must start with 'dl_'.");

        // The conversation is only reserved: the bot hears of it when a client starts it with this token.
        return Results.Json(api.Conversation(ConversationIds.New(), userId, streamUrl: null), DirectLineJson.Default.ConversationResponse);
    }

    /// <summary>A new token for the same conversation; the old one stays valid until it expires.</summary>
    public static IResult Refresh(HttpRequest request, DirectLineApi api)
    {
        var caller = api.Authenticate(request, out var failure);
        if (caller is null)
            return failure!;
        if (caller.Token is not { } token)
            return DirectLineErrors.TokenRequired();
        return Results.Json(api.Conversation(token.ConversationId, token.UserId, streamUrl: null), DirectLineJson.Default.ConversationResponse);
    }
}
