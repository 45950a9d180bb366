namespace IntegrationBot.Host.DirectLine;

/// <summary>Error answers in the Connector shape. directlinejs reacts to the status: 403 means "token expired", 404 "conversation ended".</summary>
internal static class DirectLineErrors
{
    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Send the Direct Line secret or a token as 'Authorization: Bearer ...'.");

    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult InvalidToken() => Error(StatusCodes.Status403Forbidden, "Forbidden", "The secret or token is not valid.");

    public static IResult OtherConversation() => Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation.");

    public static IResult SecretRequired() => Error(StatusCodes.Status403Forbidden, "Forbidden", "This operation needs the Direct Line secret.");

    public static IResult TokenRequired() => Error(StatusCodes.Status403Forbidden, "Forbidden", "This operation needs a token, not the secret.");

    public static IResult ConversationNotFound() => Error(StatusCodes.Status404NotFound, "NotFound", "Conversation not found (it may have expired).");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge() => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");

    public static IResult BotError() => Error(StatusCodes.Status502BadGateway, "BotError", "The bot failed to process the activity.");

    public static IResult NotWebSocket() => Error(StatusCodes.Status400BadRequest, "BadArgument", "This URL only accepts WebSocket connections.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorBody(code, message)), DirectLineJson.Default.ErrorResponse, statusCode: status);
}
