using System.Net;

namespace IntegrationBot.Host.Connector;

/// <summary>Why a Connector call failed, so callers (replies, proactive sends) can react without parsing messages.</summary>
public enum ConnectorErrorKind
{
    /// <summary>Another 4xx answer (400 malformed activity, 405 unsupported operation, ...).</summary>
    Rejected,

    /// <summary>401: the Connector refused our token (BotNotRegistered, wrong app type or tenant).</summary>
    Unauthorized,

    /// <summary>403 <c>BotNotInConversationRoster</c>: the bot was removed or uninstalled.</summary>
    BotNotInConversation,

    /// <summary>403 <c>ConversationBlockedByUser</c> (or writes blocked): the user blocked the bot.</summary>
    BlockedByUser,

    /// <summary>Another 403 (e.g. BotDisabledByAdmin).</summary>
    Forbidden,

    /// <summary>404: conversation or activity not found.</summary>
    NotFound,

    /// <summary>413: the activity is too big for the channel.</summary>
    MessageTooLarge,

    /// <summary>429 still answered after all retries.</summary>
    Throttled,

    /// <summary>5xx, network errors or timeouts after all retries, or an open circuit.</summary>
    Unavailable,

    /// <summary>The bot's access token could not be obtained.</summary>
    TokenUnavailable,

    /// <summary>The serviceUrl never arrived with a validated token, so the bot's token is not sent there (§3.3).</summary>
    UntrustedServiceUrl,
}

/// <summary>A failed Bot Connector call. Carries the channel's error code and correlation id for logs.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(ConnectorErrorKind kind, string message, HttpStatusCode? statusCode = null, string? errorCode = null, string? correlationId = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        CorrelationId = correlationId;
    }

    public ConnectorErrorKind Kind { get; }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>error.code</c> of the channel's ErrorResponse, e.g. <c>ConversationBlockedByUser</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> header, which Microsoft support asks for.</summary>
    public string? CorrelationId { get; }
}
