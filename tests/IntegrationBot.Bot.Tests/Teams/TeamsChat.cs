using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Bot.Tests.Hosting;
using IntegrationBot.Bot.Tests.Messages;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Teams;

/// <summary>
/// One user in one Teams conversation (a personal chat unless told otherwise), as the samples have it, answering on
/// cards: Action.Submit comes back as a message with <c>value</c>, Action.Execute as an <c>adaptiveCard/action</c> invoke.
/// </summary>
public sealed class TeamsChat(TeamsHost host, string userId = "29:user-1", string conversationId = "a:chat-1", string conversationType = "personal")
{
    private int _ids;

    public string UserId => userId;

    public string ConversationId => conversationId;

    public Task<IReadOnlyList<Activity>> InstallAsync() =>
        host.RepliesToAsync(Stamp(TeamsPayloads.Load("teams-conversationupdate-bot-added-personal.json", BotRequests.TeamsServiceUrl)));

    public Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var message = TeamsPayloads.Load("teams-personal-message.json", BotRequests.TeamsServiceUrl);
        message.Remove("attachments");
        message["text"] = text;
        return host.RepliesToAsync(Stamp(message));
    }

    /// <summary>
    /// Action.Submit (the fallback every client understands): Teams posts a message whose value is the button's data.
    /// A button that is not on the card is looked for on the next pages ("more").
    /// </summary>
    public async Task<IReadOnlyList<Activity>> ClickAsync(Activity card, string title)
    {
        while (FindAction(card, title) is null && NextPage(card) is { } more)
            card = Assert.Single(await SubmitAsync(more.GetProperty("data")));
        var action = FindAction(card, title) ?? throw new InvalidOperationException($"No button '{title}' on the card or its pages.");
        return await SubmitAsync(action.GetProperty("fallback").GetProperty("data"));
    }

    /// <summary>Action.Submit on the first button of a card (the first event of a list).</summary>
    public Task<IReadOnlyList<Activity>> ClickFirstAsync(Activity card) =>
        ClickAsync(card, Actions(card).First().GetProperty("title").GetString()!);

    /// <summary>Types into the card's input field and presses its submit button: Teams merges the input into the data.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAnswerAsync(Activity card, string answer)
    {
        var body = Assert.Single(card.Attachments ?? []).Content!.Value.GetProperty("body");
        Assert.Contains(body.EnumerateArray(), element => element.GetProperty("type").GetString() == "Input.Text" && element.GetProperty("id").GetString() == "answer");
        var send = Actions(card).Single(a => a.GetProperty("verb").GetString() == "answer");
        var data = (JsonObject)JsonNode.Parse(send.GetProperty("fallback").GetProperty("data").GetRawText())!;
        data["answer"] = answer;
        return SubmitAsync(JsonSerializer.SerializeToElement(data));
    }

    /// <summary>
    /// Action.Execute: the button's verb and data arrive in an adaptiveCard/action invoke; returns the replies sent besides.
    /// A button that is not on the card is looked for on the next pages, which replace the card in place.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> ExecuteAsync(Activity card, string title)
    {
        while (FindAction(card, title) is null && NextPage(card) is { } more)
        {
            var (response, replies) = await ExecuteForResponseAsync(card, more.GetProperty("title").GetString()!);
            Assert.Empty(replies); // the next page is the invoke response, not a new message
            card = new Activity { Type = ActivityTypes.Message, Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = response.GetProperty("value") }] };
        }
        return await host.RepliesToAsync(Invoke(card, title, null));
    }

    /// <summary>Types into the card's input field and presses its submit button as Action.Execute: the input is merged into <c>action.data</c>.</summary>
    public Task<IReadOnlyList<Activity>> ExecuteAnswerAsync(Activity card, string answer) =>
        host.RepliesToAsync(Invoke(card, Actions(card).Single(a => a.GetProperty("verb").GetString() == "answer").GetProperty("title").GetString()!, answer));

    /// <summary>Action.Execute, answered with the invoke response (the card that replaces the clicked one) and the replies.</summary>
    public async Task<(JsonElement Response, IReadOnlyList<Activity> Replies)> ExecuteForResponseAsync(Activity card, string title)
    {
        using var response = await host.PostAsync(Invoke(card, title, null));
        var all = await response.ReadRepliesAsync();
        var invokeResponse = Assert.Single(all, a => a.Type == "invokeResponse").Value!.Value.GetProperty("body");
        return (invokeResponse, [.. all.Where(a => a.Type == ActivityTypes.Message)]);
    }

    public static IEnumerable<JsonElement> Actions(Activity card) =>
        Assert.Single(card.Attachments ?? []).Content!.Value.GetProperty("actions").EnumerateArray();

    private JsonObject Invoke(Activity card, string title, string? answer)
    {
        var action = FindAction(card, title) ?? throw new InvalidOperationException($"No button '{title}' on the card.");
        Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
        var invoke = TeamsPayloads.Load("teams-invoke-adaptivecard-action.json", BotRequests.TeamsServiceUrl);
        var execute = JsonNode.Parse(action.GetRawText())!.AsObject();
        execute.Remove("fallback"); // Teams sends the action that was clicked, not its fallback
        if (answer is not null)
            execute["data"]!["answer"] = answer;
        invoke["value"]!["action"] = execute;
        return Stamp(invoke);
    }

    private Task<IReadOnlyList<Activity>> SubmitAsync(JsonElement data)
    {
        var message = TeamsPayloads.Load("teams-personal-message.json", BotRequests.TeamsServiceUrl);
        message.Remove("text");
        message.Remove("attachments");
        message["value"] = JsonNode.Parse(data.GetRawText());
        return host.RepliesToAsync(Stamp(message));
    }

    private static JsonElement? FindAction(Activity card, string title) =>
        Actions(card).Where(a => a.GetProperty("title").GetString() == title).Select(a => (JsonElement?)a).FirstOrDefault();

    // "More" is the paging button that goes forward, in whichever language the user speaks by now.
    private static JsonElement? NextPage(Activity card) =>
        Actions(card).Where(a => a.GetProperty("verb").GetString() == "page" && MoreTitles.Contains(a.GetProperty("title").GetString()!))
            .Select(a => (JsonElement?)a).FirstOrDefault();

    private static readonly HashSet<string> MoreTitles =
        [.. new[] { "de", "en", "ar", "tr", "uk", "ru", "fa", "nl" }.Select(language => BotTexts.Get("Engine_More", language))];

    // One user in one conversation throughout, with a fresh activity id per post (redeliveries are dropped).
    private JsonObject Stamp(JsonObject payload)
    {
        payload["id"] = $"teams-{conversationId}-{userId}-{Interlocked.Increment(ref _ids)}";
        payload["locale"] = "de-DE";
        payload.Remove("entities");
        payload["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = "7faf8ab2-3d56-4244-b585-20c8a42ed2b8" };
        payload["conversation"] = new JsonObject { ["conversationType"] = conversationType, ["id"] = conversationId, ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" };
        payload["recipient"] = new JsonObject { ["id"] = "28:bot-1", ["name"] = "IntegrationBot" };
        if (payload["membersAdded"] is JsonArray)
            payload["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot-1" }, new JsonObject { ["id"] = userId });
        return payload;
    }
}
