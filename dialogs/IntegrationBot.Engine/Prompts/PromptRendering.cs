using System.Text.Json;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Engine.Prompts;

/// <summary>A button under a question: a choice of the prompt, or a command (help, cancel, menu, skip).</summary>
public sealed record PromptButton(string Title, string Kind, string Value)
{
    public static PromptButton Choice(string title, string value) => new(title, "choice", value);

    public static PromptButton Command(string title, string value) => new(title, "command", value);
}

/// <summary>A question as the user should see it: its text, its buttons, and for Teams the card's input field and page.</summary>
/// <param name="AnswerField">
/// For questions answered in words (name, number, date, e-mail) in Teams: the card gets an input field and a
/// submit button with this title, so the whole conversation can be answered on cards.
/// </param>
public sealed record PromptView(string Text, IReadOnlyList<PromptButton> Buttons, PagingTitles Paging, string? AnswerField = null, int Page = 0);

/// <summary>
/// Renders a question with buttons per channel: suggested actions for Web Chat and the Emulator; Adaptive Cards 1.5
/// for Teams (<see cref="PromptCard"/>), whose submitted <c>value</c> comes back into the waiting prompt. In Teams a
/// text too long for one message (<see cref="TeamsMessageBudget"/>) is sent in parts, the question last on the card.
/// </summary>
public static class PromptRendering
{
    public static IReadOnlyList<Activity> Render(ITurnContext turn, PromptView view)
    {
        if (string.Equals(turn.Activity.ChannelId, Channels.MsTeams, StringComparison.Ordinal))
            return ForTeams(view);

        var activity = Question(view.Text);
        if (view.Buttons.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. view.Buttons.Select(b => new CardAction { Type = ActionTypes.ImBack, Title = b.Title, Value = JsonSerializer.SerializeToElement(b.Title, DialogsJson.StringInfo) })],
            };
        }
        return [activity];
    }

    /// <summary>A plain message: in Teams split into parts under <see cref="TeamsMessageBudget.TextBytes"/>, elsewhere as it is.</summary>
    public static IReadOnlyList<Activity> Say(ITurnContext turn, string text) =>
        string.Equals(turn.Activity.ChannelId, Channels.MsTeams, StringComparison.Ordinal)
            ? [.. TextSplitter.Split(text, TeamsMessageBudget.TextBytes).Select(part => new Activity { Type = ActivityTypes.Message, Text = part })]
            : [new Activity { Type = ActivityTypes.Message, Text = text }];

    private static List<Activity> ForTeams(PromptView view)
    {
        var parts = TextSplitter.Split(view.Text, TeamsMessageBudget.TextBytes);
        var activities = parts.Take(parts.Count - 1).Select(part => new Activity { Type = ActivityTypes.Message, Text = part }).ToList();
        if (view.AnswerField is null && view.Buttons.Count == 0)
        {
            activities.Add(Question(parts[^1]));
            return activities;
        }
        var card = PromptCard.Build(parts[^1], view.Buttons, view.AnswerField, view.Page, view.Paging);
        var question = new Activity { Type = ActivityTypes.Message, InputHint = InputHints.ExpectingInput };
        question.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }];
        activities.Add(question);
        return activities;
    }

    private static Activity Question(string text) => new() { Type = ActivityTypes.Message, InputHint = InputHints.ExpectingInput, Text = text };
}
