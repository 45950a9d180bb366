using IntegrationBot.Engine.Turns;
using IntegrationBot.Host.Auth;
using IntegrationBot.Host.Connector;
using IntegrationBot.Schema;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Messages;

/// <summary>
/// One POST to /api/messages: authenticate, read the activity, run the turn, answer as the channel expects
/// (protocol notes §3.6). Never lets an exception reach the host's error page.
/// </summary>
internal sealed class BotMessageHandler(
    TurnPipeline pipeline,
    BotRequestAuthenticator authenticator,
    ConnectorClient connector,
    IOptions<BotEndpointOptions> options,
    ILogger<BotMessageHandler> logger)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        try
        {
            return await ProcessAsync(http).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return TypedResults.Empty; // the caller hung up; nobody reads this response
        }
        catch (Exception exception) // outside the turn (a bug): same answer as a failing turn, never the developer page
        {
            Log.RequestFailed(logger, exception, CorrelationId(http));
            return TurnFailed();
        }
    }

    private async Task<IResult> ProcessAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        string? authorization = http.Request.Headers.Authorization;
        // Refuse unauthenticated callers before spending anything on their body.
        if (authenticator.RejectsMissingHeader(authorization))
            return TurnResponses.Refused(http, StatusCodes.Status401Unauthorized);

        var read = await ActivityRequestReader.ReadAsync(http.Request, options.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (read.Status == ActivityReadStatus.TooLarge)
            return TypedResults.Problem($"The request body exceeds {options.Value.MaxRequestBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large");
        if (read.Activity is not { } activity)
            return TypedResults.Problem("The request body is not a JSON activity.", statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity");

        var auth = await authenticator.AuthenticateAsync(authorization, activity, cancellationToken).ConfigureAwait(false);
        if (auth.Status == AuthenticationStatus.Unavailable)
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The bot cannot verify requests right now.");
        if (!auth.Succeeded)
            return TurnResponses.Refused(http, auth.Status == AuthenticationStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        activity.CallerId = auth.CallerId; // never the wire's value (spec A2251)

        var problems = ActivityRequirements.FindProblems(activity);
        if (problems.Count > 0)
            return TypedResults.Problem($"Missing or invalid: {string.Join(", ", problems)}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity");

        return await RunTurnAsync(http, activity, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IResult> RunTurnAsync(HttpContext http, Activity activity, CancellationToken cancellationToken)
    {
        var buffered = ActivityRequirements.IsExpectReplies(activity) ? new BufferedReplySink() : null;
        IReplySink replies = buffered is null ? new ConnectorReplySink(connector, activity) : buffered;
        TurnResult result;
        try
        {
            result = await pipeline.RunAsync(activity, replies, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.TurnAbandoned(logger, activity.Type, activity.ChannelId, activity.Id);
            return TypedResults.Empty; // the caller hung up; nobody reads this response
        }
        catch (Exception exception) // last line of defence: the channel gets problem details, never a stack trace
        {
            Log.TurnFailed(logger, exception, CorrelationId(http), activity.Type, activity.ChannelId, activity.Id);
            return TurnFailed();
        }

        Log.TurnCompleted(logger, activity.Type, activity.ChannelId, activity.Id, buffered is not null);
        if (buffered is not null)
            return TurnResponses.ExpectedReplies(buffered, result);
        if (activity.IsType(ActivityTypes.Invoke))
            return TurnResponses.Invoke(http, result.InvokeResponse);
        return TypedResults.Ok();
    }

    // The default problem-details writer adds the same id as "traceId", so a report can be matched to the log.
    private static string CorrelationId(HttpContext http) => System.Diagnostics.Activity.Current?.Id ?? http.TraceIdentifier;

    private static ProblemHttpResult TurnFailed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The bot could not process the activity.");
}

internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Turn failed (correlation {CorrelationId}) for {ActivityType} {ActivityId} on {ChannelId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string correlationId, string? activityType, string? channelId, string? activityId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Request to /api/messages failed (correlation {CorrelationId})")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Turn abandoned by the caller for {ActivityType} {ActivityId} on {ChannelId}")]
    public static partial void TurnAbandoned(ILogger logger, string? activityType, string? channelId, string? activityId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Turn completed for {ActivityType} {ActivityId} on {ChannelId} (expectReplies: {ExpectReplies})")]
    public static partial void TurnCompleted(ILogger logger, string? activityType, string? channelId, string? activityId, bool expectReplies);
}
