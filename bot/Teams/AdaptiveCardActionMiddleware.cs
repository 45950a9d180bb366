using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>
/// Universal Actions: an <c>adaptiveCard/action</c> invoke (Action.Execute) runs as the message turn an Action.Submit of
/// the same card would have produced (<c>value</c> = <c>action.data</c>), so the waiting prompt reads it. The bot's
/// replies go out as usual; the invoke is answered with a card that replaces the clicked one and shows what was chosen,
/// so its buttons cannot be pressed twice.
/// </summary>
internal sealed class AdaptiveCardActionMiddleware(IBot bot, IBotTexts texts) : ITurnMiddleware
{
    public const string InvokeName = "adaptiveCard/action";

    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!activity.IsType(ActivityTypes.Invoke) || !string.Equals(activity.Name, InvokeName, StringComparison.OrdinalIgnoreCase))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        if (ReadAction(activity.Value) is not { } action)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.BadRequest("value.action must be an object.");
            return;
        }

        await bot.OnTurnAsync(new DerivedTurn(turn, AsMessage(activity, action.Data)), cancellationToken).ConfigureAwait(false);
        turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(Receipt(action.Title));
    }

    private JsonObject Receipt(string? title) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = title is null ? texts["Teams_ActionReceived"] : texts["Teams_ActionChosen", title],
            ["wrap"] = true,
        }),
    };

    private static Activity AsMessage(Activity invoke, JsonElement data) => new()
    {
        Type = ActivityTypes.Message,
        Id = invoke.Id,
        ChannelId = invoke.ChannelId,
        ServiceUrl = invoke.ServiceUrl,
        From = invoke.From,
        Recipient = invoke.Recipient,
        Conversation = invoke.Conversation,
        Locale = invoke.Locale,
        Entities = invoke.Entities,
        ChannelData = invoke.ChannelData,
        ReplyToId = invoke.ReplyToId,
        TimestampText = invoke.TimestampText,
        CallerId = invoke.CallerId,
        Value = data,
    };

    private static readonly JsonElement NoData = JsonDocument.Parse("{}").RootElement.Clone();

    // An Action.Execute without data (a bare verb) is valid and submits nothing.
    private static (JsonElement Data, string? Title)? ReadAction(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } obj
            || !obj.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
            return null;
        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : NoData;
        var title = action.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return (data, title);
    }
}
