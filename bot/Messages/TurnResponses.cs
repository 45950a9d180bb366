using System.Text;
using System.Text.Json;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;
using Microsoft.AspNetCore.Diagnostics;

namespace IntegrationBot.Host.Messages;

/// <summary>What the channel gets back once a turn ran (protocol notes §1.4, §1.5, §3.6).</summary>
internal static class TurnResponses
{
    private const string InvokeResponseType = "invokeResponse";

    /// <summary>expectReplies: 200 with every buffered reply (plus the invoke answer as an <c>invokeResponse</c> activity).</summary>
    public static IResult ExpectedReplies(BufferedReplySink replies, TurnResult result)
    {
        var activities = replies.Replies;
        if (result.InvokeResponse is { } invoke)
        {
            activities = [.. activities, new Activity
            {
                Type = InvokeResponseType,
                Value = JsonSerializer.SerializeToElement(invoke, BotJson.Context.InvokeResponse),
            }];
        }
        return TypedResults.Json(new ExpectedReplies(activities), BotJson.Context.ExpectedReplies);
    }

    /// <summary>invoke: the bot's status and raw JSON body, or 501 when it produced no answer (as the SDK does).</summary>
    public static IResult Invoke(HttpContext http, InvokeResponse? invoke)
    {
        // The status and body are the bot's answer to the channel; a problem-details page must not replace them.
        SuppressStatusCodePages(http);
        if (invoke is null)
            return new InvokeHttpResult(StatusCodes.Status501NotImplemented, null);
        var body = invoke.Body is { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } json
            ? Encoding.UTF8.GetBytes(json.GetRawText())
            : null;
        return new InvokeHttpResult(invoke.Status, body);
    }

    /// <summary>401/403 with no body at all: callers learn nothing about why their token failed.</summary>
    public static IResult Refused(HttpContext http, int status)
    {
        SuppressStatusCodePages(http);
        return TypedResults.StatusCode(status);
    }

    private static void SuppressStatusCodePages(HttpContext http)
    {
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
            pages.Enabled = false;
    }

    private sealed class InvokeHttpResult(int status, byte[]? body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            if (body is null)
                return;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.ContentLength = body.Length;
            await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
