using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.DirectLine;

/// <summary>The answer of generate/refresh/start/reconnect, read from the wire names (expires_in included).</summary>
public sealed record ConversationAnswer(HttpStatusCode Status, string ConversationId, string Token, int ExpiresIn, string? StreamUrl);

/// <summary>Speaks Direct Line 3.0 the way directlinejs does, against the test server.</summary>
public sealed class DirectLineClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (directlinejs; WebChat/4.18.1 (Full) 0.15.5)");
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<ConversationAnswer> GenerateTokenAsync(string bearer = DirectLineHost.Secret, string json = "{}") =>
        await ReadConversationAsync(await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer, json));

    public async Task<ConversationAnswer> RefreshTokenAsync(string token) =>
        await ReadConversationAsync(await SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token));

    public async Task<ConversationAnswer> StartAsync(string bearer = DirectLineHost.Secret, string userId = "r_tester", string locale = "de-DE") =>
        await ReadConversationAsync(await SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer,
            $$"""{"user":{"id":"{{userId}}"},"locale":"{{locale}}"}"""));

    public async Task<ConversationAnswer> ReconnectAsync(string conversationId, string bearer, string watermark) =>
        await ReadConversationAsync(await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", bearer));

    /// <summary>Posts a message the way Web Chat does (channelData.clientActivityID included); answers the response.</summary>
    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string bearer, string text, string clientActivityId = "client-1", string userId = "r_tester") =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer, $$$"""
            {"type":"message","text":"{{{text}}}","textFormat":"plain","channelId":"webchat",
             "from":{"id":"{{{userId}}}","name":"","role":"user"},"locale":"de-DE","localTimezone":"UTC","attachments":[],
             "entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsListening":true,"supportsTts":true}],
             "channelData":{"clientActivityID":"{{{clientActivityId}}}","attachmentSizes":[]}}
            """);

    /// <summary>Posts a message and answers the echo's id (asserting 200).</summary>
    public async Task<string> SayAsync(string conversationId, string bearer, string text, string clientActivityId = "client-1")
    {
        using var response = await PostMessageAsync(conversationId, bearer, text, clientActivityId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.GetProperty("id").GetString()!;
    }

    public async Task<ActivitySet> GetActivitiesAsync(string conversationId, string bearer, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", bearer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return JsonSerializer.Deserialize(json, BotJson.Context.ActivitySet)!;
    }

    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.GetProperty("error").GetProperty("code").GetString();
    }

    public void Dispose() => Http.Dispose();

    private static async Task<ConversationAnswer> ReadConversationAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (!response.IsSuccessStatusCode)
                return new ConversationAnswer(response.StatusCode, "", "", 0, null);
            using var body = JsonDocument.Parse(text);
            var root = body.RootElement;
            return new ConversationAnswer(
                response.StatusCode,
                root.GetProperty("conversationId").GetString()!,
                root.GetProperty("token").GetString()!,
                root.GetProperty("expires_in").GetInt32(),
                root.TryGetProperty("streamUrl", out var streamUrl) ? streamUrl.GetString() : null);
        }
    }
}
