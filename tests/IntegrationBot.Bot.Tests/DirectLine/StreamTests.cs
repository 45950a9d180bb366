using System.Net.WebSockets;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.DirectLine;

public sealed class StreamTests
{
    [Fact]
    public async Task The_stream_replays_the_greeting_then_pushes_the_echo_and_the_reply()
    {
        using var host = new DirectLineHost(GreetingEchoBot());
        var started = await host.Client.StartAsync();
        using var stream = await StreamClient.ConnectAsync(host, started.StreamUrl!);

        var replay = await stream.ReceiveActivitiesAsync();
        var id = await host.Client.SayAsync(started.ConversationId, started.Token, "Hallo", "c-42");
        var pushed = await stream.ReceiveActivitiesAsync(2);

        Assert.Equal("Willkommen", Assert.Single(replay.Activities).Text);
        Assert.Equal("1", replay.Watermark);
        Assert.Equal(id, pushed[0].Id);
        Assert.Equal("c-42", pushed[0].ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal("user", pushed[0].From?.Role);
        Assert.Equal("echo: Hallo", pushed[1].Text);
        Assert.Equal(id, pushed[1].ReplyToId);
    }

    [Fact]
    public async Task A_reconnected_stream_replays_only_what_came_after_the_watermark()
    {
        using var host = new DirectLineHost(GreetingEchoBot());
        var started = await host.Client.StartAsync();
        await host.Client.SayAsync(started.ConversationId, started.Token, "eins", "c1");

        var reconnected = await host.Client.ReconnectAsync(started.ConversationId, started.Token, watermark: "2");
        using var stream = await StreamClient.ConnectAsync(host, reconnected.StreamUrl!);

        var replay = await stream.ReceiveActivitiesAsync();
        Assert.Equal(["echo: eins"], replay.Activities.Select(a => a.Text));
        Assert.Equal("3", replay.Watermark);
    }

    [Fact]
    public async Task The_stream_carries_typing_indicators()
    {
        using var host = new DirectLineHost(new ScriptedBot(async (turn, ct) =>
        {
            if (turn.Activity.IsType(ActivityTypes.Message))
                await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, ct);
        }));
        var started = await host.Client.StartAsync();
        using var stream = await StreamClient.ConnectAsync(host, started.StreamUrl!);

        await host.Client.SayAsync(started.ConversationId, started.Token, "Hallo");

        Assert.Equal([ActivityTypes.Message, ActivityTypes.Typing], (await stream.ReceiveActivitiesAsync(2)).Select(a => a.Type));
    }

    [Fact]
    public async Task A_stream_url_without_a_valid_ticket_for_this_conversation_is_refused()
    {
        using var host = new DirectLineHost();
        var a = await host.Client.StartAsync();
        var b = await host.Client.StartAsync();
        var ticketOfA = new Uri(a.StreamUrl!).Query;
        var pathOfB = new Uri(b.StreamUrl!).GetLeftPart(UriPartial.Path);

        Assert.Equal(403, await RefusalStatusAsync(host, pathOfB + ticketOfA));
        Assert.Equal(403, await RefusalStatusAsync(host, pathOfB + "?t=" + b.Token));
        Assert.Equal(403, await RefusalStatusAsync(host, pathOfB));
    }

    [Fact]
    public async Task An_expired_stream_url_is_refused()
    {
        using var host = new DirectLineHost();
        var started = await host.Client.StartAsync();

        host.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(403, await RefusalStatusAsync(host, started.StreamUrl!));
    }

    [Fact]
    public async Task A_second_stream_for_the_conversation_closes_the_first_with_collision()
    {
        using var host = new DirectLineHost(GreetingEchoBot());
        var started = await host.Client.StartAsync();
        using var first = await StreamClient.ConnectAsync(host, started.StreamUrl!);
        await first.ReceiveActivitiesAsync();

        var reconnected = await host.Client.ReconnectAsync(started.ConversationId, started.Token, watermark: "1");
        using var second = await StreamClient.ConnectAsync(host, reconnected.StreamUrl!);

        Assert.Null(await first.ReceiveFrameAsync());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.Socket.CloseStatus);
        Assert.Equal("collision", first.Socket.CloseStatusDescription);
        await host.Client.SayAsync(started.ConversationId, started.Token, "Hallo");
        Assert.Equal(["Hallo", "echo: Hallo"], (await second.ReceiveActivitiesAsync(2)).Select(a => a.Text));
    }

    [Fact]
    public async Task Empty_pings_from_the_client_are_tolerated_and_idle_streams_get_empty_keep_alives()
    {
        using var host = new DirectLineHost(GreetingEchoBot(), new() { ["DirectLine:KeepAliveInterval"] = "00:00:01" });
        var started = await host.Client.StartAsync();
        using var stream = await StreamClient.ConnectAsync(host, started.StreamUrl!);
        await stream.ReceiveActivitiesAsync();

        await stream.SendEmptyPingAsync();
        var keepAlive = await stream.ReceiveFrameAsync();
        await host.Client.SayAsync(started.ConversationId, started.Token, "noch da?");

        Assert.Equal(string.Empty, keepAlive);
        Assert.Equal(["noch da?", "echo: noch da?"], (await stream.ReceiveActivitiesAsync(2)).Select(a => a.Text));
    }

    [Fact]
    public async Task The_server_answers_the_clients_close()
    {
        using var host = new DirectLineHost(GreetingEchoBot());
        var started = await host.Client.StartAsync();
        using var stream = await StreamClient.ConnectAsync(host, started.StreamUrl!);
        await stream.ReceiveActivitiesAsync();

        await stream.Socket.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "unload", TestContext.Current.CancellationToken);

        Assert.Equal(WebSocketState.Closed, stream.Socket.State);
    }

    /// <summary>The HTTP status that refused a WebSocket handshake.</summary>
    private static async Task<int> RefusalStatusAsync(DirectLineHost host, string streamUrl)
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => StreamClient.ConnectAsync(host, streamUrl));
        return int.Parse(refused.Message[(refused.Message.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ScriptedBot GreetingEchoBot() => new(async (turn, ct) =>
    {
        var text = turn.Activity.IsType(ActivityTypes.ConversationUpdate) ? "Willkommen" : "echo: " + turn.Activity.Text;
        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, ct);
    });
}
