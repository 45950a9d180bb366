using IntegrationBot.Schema;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationBot.Host.DirectLine;

/// <summary>GET and POST conversations/{id}/activities.</summary>
internal static class ActivityEndpoints
{
    /// <summary>
    /// Polling. Reads only what is stored, so a failing bot cannot make it fail: directlinejs stops polling for good
    /// after a single 500. Typing indicators go out over the WebSocket only, as on Azure.
    /// </summary>
    public static async Task<IResult> GetAsync(
        string conversationId, [FromQuery] string? watermark, HttpRequest request, DirectLineApi api, IDirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var caller = api.Authenticate(request, out var failure);
        if (caller is null)
            return failure!;
        if (!caller.MayAccess(conversationId))
            return DirectLineErrors.OtherConversation();
        var page = await store.ReadAsync(conversationId, ActivitySetJson.ParseWatermark(watermark), cancellationToken).ConfigureAwait(false);
        if (page is null)
            return DirectLineErrors.ConversationNotFound();

        var json = ActivitySetJson.Write(page.Activities.Where(a => a.Type != ActivityTypes.Typing), page.Watermark);
        return Results.Bytes(json, "application/json; charset=utf-8");
    }

    /// <summary>Stores the echo at once, runs the turn, and answers <c>{"id"}</c> once the bot is done (or after a bounded wait).</summary>
    public static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineApi api, IDirectLineConversationStore store, DirectLineTurnRunner runner, CancellationToken cancellationToken)
    {
        var caller = api.Authenticate(request, out var failure);
        if (caller is null)
            return failure!;
        if (!caller.MayAccess(conversationId))
            return DirectLineErrors.OtherConversation();
        var conversation = await store.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
            return DirectLineErrors.ConversationNotFound();

        var body = await api.ReadBodyAsync(request, BotJson.Context.Activity, cancellationToken).ConfigureAwait(false);
        if (body.Failure is not null)
            return body.Failure;
        if (body.Value is not { Type.Length: > 0 } activity)
            return DirectLineErrors.BadArgument("The activity needs a type.");

        DirectLineActivities.AddressPosted(activity, conversation, caller.Token, api.Bot, api.ServiceUrl(request));
        var posted = await runner.PostAsync(conversationId, activity, api.Bot, cancellationToken).ConfigureAwait(false);
        if (posted is null)
            return DirectLineErrors.ConversationNotFound();

        var outcome = await runner.WaitAsync(posted.Turn, api.Options.TurnWaitTimeout, cancellationToken).ConfigureAwait(false);
        return outcome == TurnOutcome.Failed
            ? DirectLineErrors.BotError()
            : Results.Json(new ResourceResponse(posted.Id), BotJson.Context.ResourceResponse);
    }
}
