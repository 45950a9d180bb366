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
    public static Activity Render(ITurnContext turn, string text, IReadOnlyList<PromptButton> buttons)
    {
        var activity = new Activity { Type = ActivityTypes.Message, InputHint = InputHints.ExpectingInput };
        if (buttons.Count == 0)
        {
            activity.Text = text;
            return activity;
        }
        if (string.Equals(turn.Activity.ChannelId, Channels.MsTeams, StringComparison.Ordinal))
        {
            activity.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Card(text, buttons) }];
            return activity;
        }
        activity.Text = text;
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [.. buttons.Select(b => new CardAction { Type = ActionTypes.ImBack, Title = b.Title, Value = JsonSerializer.SerializeToElement(b.Title, DialogsJson.StringInfo) })],
        };
        return activity;
    }

    private static JsonElement Card(string text, IReadOnlyList<PromptButton> buttons)
    {
        var actions = new JsonArray();
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
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
            ["actions"] = actions,
        };
        return JsonSerializer.SerializeToElement(card, DialogsJson.NodeInfo);
    }
}
