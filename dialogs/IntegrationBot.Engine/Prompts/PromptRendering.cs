using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Prompts;

/// <summary>A button under a question: a choice of the prompt, or a command (help, cancel, menu, skip).</summary>
public sealed record PromptButton(string Title, string Kind, string Value)
{
    public static PromptButton Choice(string title, string value) => new(title, "choice", value);

    public static PromptButton Command(string title, string value) => new(title, "command", value);
}

/// <summary>
/// Renders a question with buttons per channel: suggested actions for Web Chat and the Emulator; an Adaptive Card 1.5
/// with <c>Action.Submit</c> for Teams, whose submitted <c>value</c> comes back into the waiting prompt.
/// </summary>
public static class PromptRendering
{
    /// <param name="answerField">
    /// For questions answered in words (name, number, date, e-mail) in Teams: the card gets an input field and a
    /// submit button with this title, so the whole conversation can be answered on cards.
    /// </param>
    public static Activity Render(ITurnContext turn, string text, IReadOnlyList<PromptButton> buttons, string? answerField = null)
    {
        var activity = new Activity { Type = ActivityTypes.Message, InputHint = InputHints.ExpectingInput };
        var teams = string.Equals(turn.Activity.ChannelId, Channels.MsTeams, StringComparison.Ordinal);
        if (teams && answerField is not null)
        {
            activity.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Card(text, buttons, answerField) }];
            return activity;
        }
        if (buttons.Count == 0)
        {
            activity.Text = text;
            return activity;
        }
        if (teams)
        {
            activity.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Card(text, buttons, null) }];
            return activity;
        }
        activity.Text = text;
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [.. buttons.Select(b => new CardAction { Type = ActionTypes.ImBack, Title = b.Title, Value = JsonSerializer.SerializeToElement(b.Title, DialogsJson.StringInfo) })],
        };
        return activity;
    }

    private static JsonElement Card(string text, IReadOnlyList<PromptButton> buttons, string? answerField)
    {
        var actions = new JsonArray();
        var body = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true });
        if (answerField is not null)
        {
            // The input's value arrives as value.answer, which PromptInput reads like typed text.
            body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "answer", ["label"] = text.Split('\n')[^1], ["maxLength"] = 4000 });
            actions.Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = answerField, ["data"] = new JsonObject() });
        }
        foreach (var button in buttons)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = button.Title,
                ["data"] = new JsonObject { [button.Kind] = button.Value },
            });
        }
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = actions,
        };
        return JsonSerializer.SerializeToElement(card, DialogsJson.NodeInfo);
    }
}
