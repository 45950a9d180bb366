using IntegrationBot.Host.DirectLine;
using IntegrationBot.Schema;
using IntegrationBot.Testing;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Bot.Tests.DirectLine;

public sealed class MemoryConversationStoreTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_history_keeps_only_the_newest_activities_and_the_watermark_keeps_counting()
    {
        var store = Store(new DirectLineOptions { MaxActivitiesPerConversation = 10 });
        await store.StartAsync("c", User, null, _ct);

        for (var i = 1; i <= 15; i++)
            await store.AppendAsync("c", Message($"m{i}"), _ct);
        var page = await store.ReadAsync("c", 0, _ct);

        Assert.Equal(10, page!.Activities.Count);
        Assert.Equal(6, page.Activities[0].Sequence);
        Assert.Equal(15, page.Watermark);
    }

    [Fact]
    public async Task Timestamps_rise_by_at_least_a_millisecond_even_when_the_clock_stands_still()
    {
        var store = Store(new DirectLineOptions());
        await store.StartAsync("c", User, null, _ct);
        var first = Message("a");
        var second = Message("b");

        await store.AppendAsync("c", first, _ct);
        await store.AppendAsync("c", second, _ct);

        Assert.Equal(_clock.GetUtcNow(), first.Timestamp);
        Assert.Equal(_clock.GetUtcNow().AddMilliseconds(1), second.Timestamp);
    }

    [Fact]
    public async Task Idle_conversations_are_removed_and_used_ones_stay()
    {
        var store = Store(new DirectLineOptions());
        await store.StartAsync("idle", User, null, _ct);
        await store.StartAsync("busy", User, null, _ct);

        _clock.Advance(TimeSpan.FromMinutes(50));
        await store.ReadAsync("busy", 0, _ct);
        _clock.Advance(TimeSpan.FromMinutes(20));
        var removed = await store.RemoveIdleAsync(_clock.GetUtcNow() - TimeSpan.FromMinutes(60), _ct);

        Assert.Equal(["idle"], removed);
        Assert.Null(await store.FindAsync("idle", _ct));
        Assert.NotNull(await store.FindAsync("busy", _ct));
    }

    [Fact]
    public async Task Starting_beyond_the_limit_evicts_the_longest_idle_conversation()
    {
        var store = Store(new DirectLineOptions { MaxConversations = 2 });
        await store.StartAsync("oldest", User, null, _ct);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await store.StartAsync("newer", User, null, _ct);
        _clock.Advance(TimeSpan.FromSeconds(1));

        await store.StartAsync("newest", User, null, _ct);

        Assert.Null(await store.FindAsync("oldest", _ct));
        Assert.NotNull(await store.FindAsync("newer", _ct));
        Assert.NotNull(await store.FindAsync("newest", _ct));
    }

    [Fact]
    public async Task A_waiting_stream_wakes_on_a_new_activity_and_times_out_without_one()
    {
        var store = Store(new DirectLineOptions());
        await store.StartAsync("c", User, null, _ct);

        var quiet = await store.WaitForActivityAsync("c", 0, TimeSpan.FromMilliseconds(50), _ct);
        var waiting = store.WaitForActivityAsync("c", 0, TimeSpan.FromSeconds(30), _ct);
        await store.AppendAsync("c", Message("hallo"), _ct);

        Assert.False(quiet);
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10), _ct));
    }

    private static ChannelAccount User => new("r_user", null, "user");

    private MemoryConversationStore Store(DirectLineOptions options) => new(_clock, Options.Create(options));

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
