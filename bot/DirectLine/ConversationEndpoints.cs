using Microsoft.AspNetCore.Mvc;

namespace IntegrationBot.Host.DirectLine;

/// <summary>POST conversations (start) and GET conversations/{id} (reconnect).</summary>
internal static class ConversationEndpoints
{
    public static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineApi api, IDirectLineConversationStore store, DirectLineTurnRunner runner, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = api.Authenticate(request, out var failure);
        if (caller is null)
            return failure!;
        var body = await api.ReadBodyAsync(request, DirectLineJson.Default.DirectLineRequestBody, cancellationToken).ConfigureAwait(false);
        if (body.Failure is not null)
            return body.Failure;

        // A token names its conversation (and maybe its user); the secret starts a new one each time.
        var conversationId = caller.Token?.ConversationId ?? ConversationIds.New();
        var userId = caller.Token?.UserId ?? NonEmpty(body.Value?.User?.Id) ?? ConversationIds.NewUserId();
        var user = new Schema.ChannelAccount(userId, body.Value?.User?.Name, "user");
        var start = await store.StartAsync(conversationId, user, NonEmpty(body.Value?.Locale), cancellationToken).ConfigureAwait(false);

        if (start.Created)
        {
            // Greet without waiting for the user: the bot hears that user and bot joined, as from Azure's Direct Line.
            // Waiting (briefly) for that turn puts the greeting in the transcript before the client's first read.
            var joined = DirectLineActivities.MembersAdded(start.Conversation, api.Bot, api.ServiceUrl(request), time.GetUtcNow());
            var turn = await runner.QueueUnseenAsync(conversationId, joined, api.Bot, cancellationToken).ConfigureAwait(false);
            await runner.WaitAsync(turn, api.Options.TurnWaitTimeout, cancellationToken).ConfigureAwait(false);
        }

        var response = api.Conversation(conversationId, caller.Token?.UserId, api.StreamUrl(request, conversationId, caller.Token?.UserId, watermark: null));
        return Results.Json(response, DirectLineJson.Default.ConversationResponse,
            statusCode: start.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Reconnect: a fresh token and a streamUrl that replays everything after <paramref name="watermark"/>.</summary>
    public static async Task<IResult> ReconnectAsync(
        string conversationId, [FromQuery] string? watermark, HttpRequest request, DirectLineApi api, IDirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var caller = api.Authenticate(request, out var failure);
        if (caller is null)
            return failure!;
        if (!caller.MayAccess(conversationId))
            return DirectLineErrors.OtherConversation();
        if (await store.FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
            return DirectLineErrors.ConversationNotFound();

        var userId = caller.Token?.UserId;
        var response = api.Conversation(conversationId, userId, api.StreamUrl(request, conversationId, userId, watermark));
        return Results.Json(response, DirectLineJson.Default.ConversationResponse);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
