using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationBot.Engine.Prompts;

/// <summary>Titles of the buttons that page through a long list of choices, in the user's language.</summary>
public sealed record PagingTitles(string More, string Back);

/// <summary>
/// A question as an Adaptive Card 1.5 for Teams. Every button is a Universal Action (<c>Action.Execute</c>, whose
/// click arrives as an <c>adaptiveCard/action</c> invoke) with an <c>Action.Submit</c> fallback carrying the same data
/// for clients without Universal Actions (protocol notes §4.4). Choices that would make the card larger than
/// <see cref="TeamsMessageBudget.CardBytes"/> or longer than <see cref="TeamsMessageBudget.MaxChoicesPerPage"/> are
/// paged: "more" and "back" submit <c>{"page": n}</c>, which re-asks the same prompt on page n.
/// </summary>
public static class PromptCard
{
    /// <summary>Verb and data key of the paging buttons.</summary>
    public const string PageVerb = "page";

    /// <summary>Verb of the input field's submit button; the field's value arrives as <c>answer</c>.</summary>
    public const string AnswerVerb = "answer";

    /// <summary>The card for <paramref name="page"/> (clamped to the pages there are).</summary>
    public static JsonElement Build(string text, IReadOnlyList<PromptButton> buttons, string? answerField, int page, PagingTitles paging)
    {
        var choices = buttons.Where(b => b.Kind == "choice").Select(b => Button(b.Title, b.Kind, b.Value)).ToList();
        var commands = buttons.Where(b => b.Kind != "choice").Select(b => Button(b.Title, b.Kind, b.Value)).ToList();
        var pages = Paginate(choices, TeamsMessageBudget.CardBytes - DialogsJson.WireSize(Card(text, answerField, [.. commands, PageAction(paging.Back, 0), PageAction(paging.More, 0)])));
        page = Math.Clamp(page, 0, pages.Count - 1);

        var actions = new List<JsonObject>(choices.GetRange(pages[page].Start, pages[page].Count));
        if (page > 0)
            actions.Add(PageAction(paging.Back, page - 1));
        if (page < pages.Count - 1)
            actions.Add(PageAction(paging.More, page + 1));
        actions.AddRange(commands);
        return JsonSerializer.SerializeToElement(Card(text, answerField, actions), DialogsJson.NodeInfo);
    }

    private static JsonObject Card(string text, string? answerField, IEnumerable<JsonObject> buttons)
    {
        var body = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true });
        var actions = new JsonArray();
        if (answerField is not null)
        {
            // The input's value arrives as value.answer (merged into the data), which PromptInput reads like typed text.
            var label = TextSplitter.Shorten(text.Split('\n')[^1], TeamsMessageBudget.MaxTitleChars);
            body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "answer", ["label"] = label, ["maxLength"] = 4000 });
            actions.Add(Button(answerField, AnswerVerb, null));
        }
        foreach (var button in buttons)
            actions.Add(button.DeepClone());
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = actions,
        };
    }

    /// <summary>A Universal Action with an Action.Submit fallback; both carry <c>{kind: value}</c> (or nothing).</summary>
    private static JsonObject Button(string title, string verb, string? value)
    {
        var data = value is null ? new JsonObject() : new JsonObject { [verb] = value };
        return Action(TextSplitter.Shorten(title, TeamsMessageBudget.MaxTitleChars), verb, data);
    }

    private static JsonObject PageAction(string title, int page) => Action(title, PageVerb, new JsonObject { [PageVerb] = page });

    private static JsonObject Action(string title, string verb, JsonObject data) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = data,
        ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data.DeepClone() },
    };

    /// <summary>Fills pages greedily, in order, so page n is the same every time the prompt is asked; at least one choice per page.</summary>
    private static List<(int Start, int Count)> Paginate(List<JsonObject> choices, int budget)
    {
        var pages = new List<(int Start, int Count)>();
        var start = 0;
        do
        {
            var count = 0;
            var used = 0;
            while (start + count < choices.Count && count < TeamsMessageBudget.MaxChoicesPerPage)
            {
                var size = DialogsJson.WireSize(choices[start + count]) + 2; // the comma, counted as Teams does (UTF-16)
                if (count > 0 && used + size > budget)
                    break;
                used += size;
                count++;
            }
            pages.Add((start, count));
            start += count;
        }
        while (start < choices.Count);
        return pages;
    }
}
