using System.Net;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Engine.State;
using IntegrationBot.Host.Connector;
using IntegrationBot.Host.Proactive;
using IntegrationBot.Host.Teams;
using IntegrationBot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Proactive;

/// <summary>Proactive sends to stored references through a local fake Connector (protocol notes §3.4, §3.5).</summary>
public sealed class ProactiveSenderTests : IAsyncLifetime
{
    private const string Personal = "a:personal-1";
    private const string Channel = "19:channel@thread.tacv2";

    private FakeConnector _fake = null!;
    private ServiceProvider _services = null!;
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ProactiveSender Sender => _services.GetRequiredService<ProactiveSender>();

    private ConversationReferenceStore References => _services.GetRequiredService<ConversationReferenceStore>();

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeConnector.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = ConnectorHarness.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["Bot:Connector:TokenAuthority"] = _fake.TokenAuthority,
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.200",
            ["Bot:Connector:AttemptTimeout"] = "00:05:00",
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock)
            .AddSingleton<IStateStore>(sp => new MemoryStateStore(_clock))
            .AddConnectorClient(configuration)
            .AddProactiveMessages()
            .BuildServiceProvider();
        foreach (var conversation in new[] { Personal, Channel })
        {
            await References.SaveAsync(new ConversationReference
            {
                ChannelId = Channels.MsTeams,
                ServiceUrl = _fake.ServiceUrl,
                Bot = new ChannelAccount("28:bot", "IntegrationBot"),
                User = new ChannelAccount("29:user", "Megan"),
                Conversation = new ConversationAccount(conversation) { TenantId = "tenant-1" },
            }, Ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Message_goes_to_the_stored_conversation_from_the_bot_to_the_user()
    {
        var outcome = await Sender.SendAsync(Key(Personal), Message(), Ct);

        Assert.Equal(ProactiveStatus.Sent, outcome.Status);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(Personal)}/activities", request.RawTarget);
        Assert.Equal(("28:bot", "29:user", "Bearer token-1"), (request.Activity.From?.Id, request.Activity.Recipient?.Id, request.Authorization));
    }

    [Fact]
    public async Task Throttled_send_is_retried_after_Retry_After()
    {
        _fake.Script(new ScriptedResponse(HttpStatusCode.TooManyRequests, RetryAfterSeconds: 3, Body: """{"error":{"code":"Throttled","message":"slow down"}}"""));

        var outcome = await Sender.SendAsync(Key(Personal), Message(), Ct);

        Assert.Equal(ProactiveStatus.Sent, outcome.Status);
        Assert.Equal(2, _fake.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(3)], _clock.Delays);
    }

    [Theory]
    [InlineData("BotNotInConversationRoster", ConnectorErrorKind.BotNotInConversation)]
    [InlineData("ConversationBlockedByUser", ConnectorErrorKind.BlockedByUser)]
    public async Task Bot_removed_or_blocked_disables_the_reference_and_stops_further_attempts(string code, ConnectorErrorKind kind)
    {
        _fake.Script(new ScriptedResponse(HttpStatusCode.Forbidden, Body: $$$"""{"error":{"code":"{{{code}}}","message":"no"}}"""));

        var first = await Sender.SendAsync(Key(Personal), Message(), Ct);
        var second = await Sender.SendAsync(Key(Personal), Message(), Ct);

        Assert.Equal(new ProactiveOutcome(ProactiveStatus.DisabledNow, kind), first);
        Assert.Equal(ProactiveStatus.Disabled, second.Status);
        Assert.Single(_fake.Requests);
        Assert.Equal(kind.ToString(), (await References.GetAsync(Key(Personal), Ct))?.DisabledReason);
    }

    [Fact]
    public async Task Reinstall_enables_a_disabled_reference_again()
    {
        await References.DisableAsync(Key(Personal), "uninstalled", Ct);
        var saved = await References.SaveAsync(new ConversationReference
        {
            ChannelId = Channels.MsTeams,
            ServiceUrl = _fake.ServiceUrl,
            Bot = new ChannelAccount("28:bot"),
            Conversation = new ConversationAccount(Personal),
        }, Ct);

        Assert.Equal(ReferenceSave.Reenabled, saved);
        Assert.Equal(ProactiveStatus.Sent, (await Sender.SendAsync(Key(Personal), Message(), Ct)).Status);
    }

    [Fact]
    public async Task Other_failures_are_reported_without_disabling_the_reference()
    {
        _fake.Script(new ScriptedResponse(HttpStatusCode.NotFound, Body: """{"error":{"code":"ConversationNotFound","message":"no"}}"""));

        var outcome = await Sender.SendAsync(Key(Personal), Message(), Ct);

        Assert.Equal(new ProactiveOutcome(ProactiveStatus.Failed, ConnectorErrorKind.NotFound), outcome);
        Assert.False((await References.GetAsync(Key(Personal), Ct))!.IsDisabled);
    }

    [Fact]
    public async Task Unknown_reference_sends_nothing()
    {
        var outcome = await Sender.SendAsync(ConversationReferenceStore.KeyFor(Channels.MsTeams, "a:nobody"), Message(), Ct);

        Assert.Equal(ProactiveStatus.NoReference, outcome.Status);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Sends_to_one_conversation_are_a_second_apart_and_other_conversations_do_not_wait()
    {
        await Sender.SendAsync(Key(Personal), Message(), Ct);
        await Sender.SendAsync(Key(Channel), Message(), Ct);
        Assert.Empty(_clock.Delays);

        await Sender.SendAsync(Key(Personal), Message(), Ct);

        Assert.Equal([ConversationPacer.Interval], _clock.Delays);
        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task Channel_thread_is_stored_as_its_channel_so_proactive_messages_start_a_new_thread()
    {
        await References.SaveAsync(new ConversationReference
        {
            ChannelId = Channels.MsTeams,
            ServiceUrl = _fake.ServiceUrl,
            Bot = new ChannelAccount("28:bot"),
            Conversation = new ConversationAccount("19:other@thread.tacv2;messageid=1759881511856"),
        }, Ct);

        await Sender.SendAsync(ConversationReferenceStore.KeyFor(Channels.MsTeams, "19:other@thread.tacv2"), Message(), Ct);

        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("19:other@thread.tacv2")}/activities", Assert.Single(_fake.Requests).RawTarget);
    }

    private static string Key(string conversation) => ConversationReferenceStore.KeyFor(Channels.MsTeams, conversation);

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "Erinnerung" };
}
