using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.DirectLine;

/// <summary>A Direct Line stream as directlinejs sees it: text frames, each an ActivitySet or empty (keep-alive).</summary>
public sealed class StreamClient(WebSocket socket) : IDisposable
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(10);

    public WebSocket Socket { get; } = socket;

    public static async Task<StreamClient> ConnectAsync(DirectLineHost host, string streamUrl)
    {
        var client = host.Server.CreateWebSocketClient();
        return new StreamClient(await client.ConnectAsync(new Uri(streamUrl), TestContext.Current.CancellationToken));
    }

    /// <summary>The next text frame ("" for a keep-alive), or null once the server closed the socket.</summary>
    public async Task<string?> ReceiveFrameAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(FrameTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var frame = await Socket.ReceiveAsync(buffer, timeout.Token);
            if (frame.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, frame.Count);
            if (frame.EndOfMessage)
                return Encoding.UTF8.GetString(message.ToArray());
        }
    }

    /// <summary>The next ActivitySet, skipping keep-alives.</summary>
    public async Task<ActivitySet> ReceiveActivitiesAsync()
    {
        while (true)
        {
            var frame = await ReceiveFrameAsync() ?? throw new InvalidOperationException("The stream closed.");
            if (frame.Length > 0)
                return JsonSerializer.Deserialize(frame, BotJson.Context.ActivitySet)!;
        }
    }

    /// <summary>Activities until <paramref name="count"/> have arrived, however the server split them into frames.</summary>
    public async Task<List<Activity>> ReceiveActivitiesAsync(int count)
    {
        var activities = new List<Activity>();
        while (activities.Count < count)
            activities.AddRange((await ReceiveActivitiesAsync()).Activities);
        return activities;
    }

    public Task SendEmptyPingAsync() =>
        Socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, TestContext.Current.CancellationToken).AsTask();

    public void Dispose() => Socket.Dispose();
}
