using System.Globalization;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Engine.Middleware;

/// <summary>
/// The last-chance handler: logs the failure with a correlation id, apologises in the user's language and keeps the
/// conversation state as it was last saved, so the user can simply try again (unlike CoreBot, which deletes it).
/// </summary>
public sealed partial class ErrorHandlingMiddleware(IBotTexts texts, ILogger<ErrorHandlingMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var correlation = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
            LogFailure(exception, turn.Activity.ChannelId, turn.Activity.Type, correlation);
            if (turn.Activity.IsType(ActivityTypes.Invoke))
            {
                turn.InvokeResponse = new InvokeResponse(500);
                return;
            }
            if (!turn.Activity.IsType(ActivityTypes.Message))
                return;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(turn.Locale);
            try
            {
                await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = texts["Engine_Error", correlation[..8]] }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception apologyFailure) when (apologyFailure is not OperationCanceledException)
            {
                // The reply route itself is down (e.g. the Connector): the failure is logged; the state is kept either way.
                LogApologyFailed(apologyFailure, correlation);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology for correlation {Correlation}")]
    private partial void LogApologyFailed(Exception exception, string correlation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn {ChannelId}/{ActivityType} failed; correlation {Correlation}")]
    private partial void LogFailure(Exception exception, string? channelId, string? activityType, string correlation);
}
