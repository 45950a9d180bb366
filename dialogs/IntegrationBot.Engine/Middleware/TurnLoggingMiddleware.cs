using System.Diagnostics;
using IntegrationBot.Engine.Turns;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Engine.Middleware;

/// <summary>
/// One structured log line per turn: channel, activity type, language, duration, whether the bot answered. Never the
/// message text, names or ids of people (ARCHITECTURE: no personal data in logs).
/// </summary>
public sealed partial class TurnLoggingMiddleware(ILogger<TurnLoggingMiddleware> logger, TimeProvider time) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var outcome = "ok";
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            outcome = "failed";
            throw;
        }
        finally
        {
            LogTurn(turn.Activity.ChannelId, turn.Activity.Type, turn.Locale, time.GetElapsedTime(started).TotalMilliseconds, turn.Responded, outcome, Activity.Current?.TraceId.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {ChannelId}/{ActivityType} ({Locale}) took {ElapsedMs:0.0} ms, responded={Responded}, outcome={Outcome}, trace={TraceId}")]
    private partial void LogTurn(string? channelId, string? activityType, string locale, double elapsedMs, bool responded, string outcome, string? traceId);
}
