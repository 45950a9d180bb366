using System.Globalization;
using IntegrationBot.Engine.Turns;
using IntegrationBot.Schema;

namespace IntegrationBot.Testing.Conversations;

/// <summary>One user talking to the engine in-process: send a message or a click, get the bot's replies.</summary>
public sealed class TestConversation(IConversationHost host, string locale, string channelId, string? id = null)
{
    private int _sequence;

    public string Id { get; } = id ?? "conv-" + Guid.NewGuid().ToString("N")[..12];

    public string Locale { get; set; } = locale;

    public string UserId { get; } = "user-1";

    public IConversationHost Host => host;

    public string ChannelId => channelId;

    public Task<IReadOnlyList<Activity>> JoinAsync() =>
        SendAsync(NewActivity(ActivityTypes.ConversationUpdate, a => a.MembersAdded = [new ChannelAccount(UserId), new ChannelAccount("bot")]));

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(NewActivity(ActivityTypes.Message, a => a.Text = text));

    /// <summary>A button or card submit that carries a value and no text.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(string json) =>
        SendAsync(NewActivity(ActivityTypes.Message, a => a.Value = System.Text.Json.JsonDocument.Parse(json).RootElement.Clone()));

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var sink = new BufferedReplySink();
        await host.Pipeline.RunAsync(activity, sink, TestContext.Current.CancellationToken);
        return sink.Replies;
    }

    public Activity NewActivity(string type, Action<Activity>? shape = null)
    {
        var activity = new Activity
        {
            Type = type,
            Id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8],
            ChannelId = channelId,
            ServiceUrl = "http://localhost/",
            Locale = Locale,
            From = new ChannelAccount(UserId, "Test User", "user"),
            Recipient = new ChannelAccount("bot", "IntegrationBot", "bot"),
            Conversation = new ConversationAccount(Id),
        };
        shape?.Invoke(activity);
        return activity;
    }
}
