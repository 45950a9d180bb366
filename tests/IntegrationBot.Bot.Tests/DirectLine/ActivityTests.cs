using System.Net;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.DirectLine;

public sealed class ActivityTests
{
    [Fact]
    public async Task A_posted_activity_is_echoed_with_server_id_timestamp_user_role_and_the_clients_channel_data()
    {
        using var host = new DirectLineHost(ScriptedBot.Echo());
        var started = await host.Client.StartAsync();

        var id = await host.Client.SayAsync(started.ConversationId, started.Token, "Hallo Welt", clientActivityId: "2qwbf2iit4b");

        var echo = (await host.Client.GetActivitiesAsync(started.ConversationId, started.Token)).Activities.Single(a => a.Id == id);
        Assert.Equal(started.ConversationId + "|0000001", id);
        Assert.Equal("Hallo Welt", echo.Text);
        Assert.Equal("user", echo.From?.Role);
        Assert.Equal("r_tester", echo.From?.Id);
        Assert.Equal(Channels.WebChat, echo.ChannelId);
        Assert.Equal(host.Clock.GetUtcNow(), echo.Timestamp);
        Assert.Equal("2qwbf2iit4b", echo.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal(0, echo.ChannelData!.Value.GetProperty("attachmentSizes").GetArrayLength());
        Assert.Equal("ClientCapabilities", Assert.Single(echo.Entities!).Type);
    }

    [Fact]
    public async Task The_reply_comes_from_the_bot_after_the_echo_and_points_to_it()
    {
        using var host = new DirectLineHost(ScriptedBot.Echo());
        var started = await host.Client.StartAsync();

        var id = await host.Client.SayAsync(started.ConversationId, started.Token, "Hallo");

        var activities = (await host.Client.GetActivitiesAsync(started.ConversationId, started.Token)).Activities;
        var echo = Assert.Single(activities, a => a.Id == id);
        var reply = Assert.Single(activities, a => a.ReplyToId == id);
        Assert.Equal("echo: Hallo", reply.Text);
        Assert.Equal("bot", reply.From?.Role);
        Assert.Equal(started.ConversationId + "|0000002", reply.Id);
        Assert.True(reply.Timestamp > echo.Timestamp, "Web Chat orders by timestamp: the reply must come after the echo.");
    }

    [Fact]
    public async Task Get_with_a_watermark_returns_only_newer_activities()
    {
        using var host = new DirectLineHost(ScriptedBot.Echo());
        var started = await host.Client.StartAsync();
        await host.Client.SayAsync(started.ConversationId, started.Token, "eins", "c1");
        var first = await host.Client.GetActivitiesAsync(started.ConversationId, started.Token);

        await host.Client.SayAsync(started.ConversationId, started.Token, "zwei", "c2");
        var second = await host.Client.GetActivitiesAsync(started.ConversationId, started.Token, first.Watermark!);
        var nothingNew = await host.Client.GetActivitiesAsync(started.ConversationId, started.Token, second.Watermark!);

        Assert.Equal("2", first.Watermark);
        Assert.Equal(["zwei", "echo: zwei"], second.Activities.Select(a => a.Text));
        Assert.Equal("4", second.Watermark);
        Assert.Empty(nothingNew.Activities);
        Assert.Equal("4", nothingNew.Watermark);
    }

    [Fact]
    public async Task An_unreadable_watermark_reads_from_the_start_instead_of_failing()
    {
        using var host = new DirectLineHost();
        var started = await host.Client.StartAsync();

        var page = await host.Client.GetActivitiesAsync(started.ConversationId, started.Token, "0001a-95");

        Assert.Single(page.Activities);
    }

    [Fact]
    public async Task A_failing_turn_answers_502_while_polling_and_later_turns_keep_working()
    {
        // Without the engine's last-chance handler, so the exception reaches Direct Line as it would on a handler bug.
        using var host = new DirectLineHost(new ScriptedBot(async (turn, ct) =>
        {
            if (turn.Activity.Text == "kaputt")
                throw new InvalidOperationException("bot bug");
            if (turn.Activity.IsType(ActivityTypes.Message))
                await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "echo: " + turn.Activity.Text }, ct);
        }), engineErrorHandler: false);
        var started = await host.Client.StartAsync();

        using var failed = await host.Client.PostMessageAsync(started.ConversationId, started.Token, "kaputt", "c1");
        var afterFailure = await host.Client.GetActivitiesAsync(started.ConversationId, started.Token);
        await host.Client.SayAsync(started.ConversationId, started.Token, "Hallo", "c2");
        var later = await host.Client.GetActivitiesAsync(started.ConversationId, started.Token, afterFailure.Watermark!);

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal("BotError", await DirectLineClient.ErrorCodeAsync(failed));
        Assert.Equal("kaputt", Assert.Single(afterFailure.Activities).Text);
        Assert.Equal(["Hallo", "echo: Hallo"], later.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task Turns_of_one_conversation_run_one_after_another_in_posting_order()
    {
        var firstTurnEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirstTurn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new List<string>();
        using var host = new DirectLineHost(new ScriptedBot(async (turn, ct) =>
        {
            if (!turn.Activity.IsType(ActivityTypes.Message))
                return;
            lock (log)
                log.Add("start " + turn.Activity.Text);
            if (turn.Activity.Text == "eins")
            {
                firstTurnEntered.TrySetResult();
                await releaseFirstTurn.Task.WaitAsync(ct);
            }
            lock (log)
            {
                log.Add("end " + turn.Activity.Text);
                if (log.Count == 6)
                    allDone.TrySetResult();
            }
        }), new() { ["DirectLine:TurnWaitTimeout"] = "00:00:00" });
        var started = await host.Client.StartAsync();

        await host.Client.SayAsync(started.ConversationId, started.Token, "eins", "c1");
        await firstTurnEntered.Task.WaitAsync(TestContext.Current.CancellationToken);
        await host.Client.SayAsync(started.ConversationId, started.Token, "zwei", "c2");
        await host.Client.SayAsync(started.ConversationId, started.Token, "drei", "c3");
        lock (log)
            Assert.Equal(["start eins"], log);
        releaseFirstTurn.SetResult();

        await allDone.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(["start eins", "end eins", "start zwei", "end zwei", "start drei", "end drei"], log);
    }

    [Fact]
    public async Task Typing_goes_to_the_stream_only_and_is_left_out_of_polling()
    {
        using var host = new DirectLineHost(new ScriptedBot(async (turn, ct) =>
        {
            if (!turn.Activity.IsType(ActivityTypes.Message))
                return;
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, ct);
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "fertig" }, ct);
        }));
        var started = await host.Client.StartAsync();

        await host.Client.SayAsync(started.ConversationId, started.Token, "Hallo");
        var page = await host.Client.GetActivitiesAsync(started.ConversationId, started.Token);

        Assert.Equal(["Hallo", "fertig"], page.Activities.Select(a => a.Text));
        Assert.Equal("3", page.Watermark);
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("""{"text":"no type"}""", HttpStatusCode.BadRequest)]
    public async Task A_malformed_activity_is_a_bad_request(string body, HttpStatusCode expected)
    {
        using var host = new DirectLineHost();
        var started = await host.Client.StartAsync();

        using var response = await host.Client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{started.ConversationId}/activities", started.Token, body);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_activity_is_rejected()
    {
        using var host = new DirectLineHost(settings: new() { ["DirectLine:MaxActivityBytes"] = "2048" });
        var started = await host.Client.StartAsync();

        using var response = await host.Client.PostMessageAsync(started.ConversationId, started.Token, new string('x', 4096));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
