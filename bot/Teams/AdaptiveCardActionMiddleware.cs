using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Engine.Localization;
using IntegrationBot.Engine.Prompts;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Host.Teams;

/// <summary>
/// Universal Actions: an <c>adaptiveCard/action</c> invoke (Action.Execute) runs as the message turn an Action.Submit of
/// the same card would have produced (<c>value</c> = <c>action.data</c>), so the waiting prompt reads it either way. The
/// bot's replies go out as usual and the invoke is answered with a card that replaces the clicked one and shows what was
/// chosen, so its buttons cannot be pressed twice. Paging ("more"/"back", verb <c>page</c>) is the exception: the next
/// page of the same question replaces the clicked card in place instead of arriving as a new message.
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
        if (CardAction.Read(activity.Value) is not { } action)
        {
            turn.InvokeResponse = AdaptiveCardInvokeResponses.BadRequest("value.action must be an object.");
            return;
        }

        var message = AsMessage(activity, action.Data);
        if (action.Verb == PromptCard.PageVerb)
        {
            var derived = new DerivedTurn(turn, message, capture: true);
            await bot.OnTurnAsync(derived, cancellationToken).ConfigureAwait(false);
            if (derived.Captured is [{ Attachments: [{ ContentType: ContentTypes.AdaptiveCard, Content: { } page }] }])
            {
                turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(page);
                return;
            }
            // Not a single card (the question moved on meanwhile): deliver whatever the bot said.
            await turn.SendActivitiesAsync(derived.Captured, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await bot.OnTurnAsync(new DerivedTurn(turn, message), cancellationToken).ConfigureAwait(false);
        }
        turn.InvokeResponse = AdaptiveCardInvokeResponses.Card(Receipt(action.Verb == PromptCard.AnswerVerb ? null : action.Title));
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
}
