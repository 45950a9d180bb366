using System.Net.Http.Headers;
using System.Text.Json;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Messages;

/// <summary>Builds and posts activities the way channels do.</summary>
public static class BotRequests
{
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static Activity Message(string text = "hallo", string channelId = Channels.MsTeams, string serviceUrl = TeamsServiceUrl, bool expectReplies = true) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1485983408511",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount("29:user-1", "Megan"),
        Recipient = new ChannelAccount("28:bot-1", "IntegrationBot"),
        Conversation = new ConversationAccount("a:conversation-1"),
        Locale = "de-DE",
        Text = text,
        DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
    };

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity, string? bearerToken = null) =>
        client.PostJsonAsync(BotJson.Serialize(activity), bearerToken);

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string json, string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<IReadOnlyList<Activity>> ReadRepliesAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return JsonSerializer.Deserialize(body, BotJson.Context.ExpectedReplies)?.Activities ?? throw new InvalidOperationException("No expectedReplies body.");
    }
}
