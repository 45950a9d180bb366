namespace IntegrationBot.Host.Connector;

internal static partial class Log
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Connector {Operation} to {Host} failed with HTTP {StatusCode} ({ErrorCode}), correlation {CorrelationId}")]
    public static partial void ConnectorFailed(ILogger logger, string operation, string host, int statusCode, string? errorCode, string? correlationId);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Connector {Operation} to {Host} failed: {Failure}")]
    public static partial void ConnectorUnavailable(ILogger logger, string operation, string host, string failure);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Retrying call to {Host}: attempt {Attempt} in {Delay} after HTTP {StatusCode} / {Failure}")]
    public static partial void Retrying(ILogger logger, string host, int attempt, TimeSpan delay, int? statusCode, string? failure);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "Circuit to {Host} opened for {BreakDuration}")]
    public static partial void CircuitOpened(ILogger logger, string host, TimeSpan breakDuration);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Warning, Message = "Refreshing the Connector token failed ({Kind}, HTTP {StatusCode}); using the current one until it expires")]
    public static partial void TokenRefreshFailed(ILogger logger, ConnectorErrorKind kind, int? statusCode);
}
