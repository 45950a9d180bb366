using System.Net;
using System.Text.Json;

namespace IntegrationBot.Host.Connector;

/// <summary>Turns a failed Connector answer (<c>ErrorResponse {"error":{"code","message"}}</c>) into a <see cref="ConnectorException"/>.</summary>
internal static class ConnectorErrors
{
    private const string CorrelationHeader = "X-Correlating-OperationId";

    public static async Task<ConnectorException> FromResponseAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var code = await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
        var correlationId = CorrelationIdOf(response);
        var kind = KindOf(response.StatusCode, code);
        return new ConnectorException(kind, $"{operation} failed with HTTP {(int)response.StatusCode} ({code ?? "no error code"}).", response.StatusCode, code, correlationId);
    }

    public static string? CorrelationIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;

    internal static ConnectorErrorKind KindOf(HttpStatusCode status, string? code) => status switch
    {
        HttpStatusCode.Unauthorized => ConnectorErrorKind.Unauthorized,
        HttpStatusCode.Forbidden when code is "BotNotInConversationRoster" => ConnectorErrorKind.BotNotInConversation,
        HttpStatusCode.Forbidden when code is "ConversationBlockedByUser" or "MessageWritesBlocked" => ConnectorErrorKind.BlockedByUser,
        HttpStatusCode.Forbidden => ConnectorErrorKind.Forbidden,
        HttpStatusCode.NotFound => ConnectorErrorKind.NotFound,
        HttpStatusCode.RequestEntityTooLarge => ConnectorErrorKind.MessageTooLarge,
        HttpStatusCode.TooManyRequests => ConnectorErrorKind.Throttled,
        >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed => ConnectorErrorKind.Unavailable,
        _ => ConnectorErrorKind.Rejected,
    };

    // Teams puts the interesting part in error.code and sometimes error.innerHttpError / subCode (MessageWritesBlocked).
    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (body.Length == 0)
                return null;
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
                return null;
            if (error.TryGetProperty("subCode", out var subCode) && subCode.ValueKind == JsonValueKind.String && subCode.GetString() == "MessageWritesBlocked")
                return "MessageWritesBlocked";
            return error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null; // not every proxy or gateway answers with an ErrorResponse body
        }
    }
}
