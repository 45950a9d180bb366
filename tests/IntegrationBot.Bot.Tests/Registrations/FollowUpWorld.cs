using System.Collections.Concurrent;
using System.Text.Json;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Engine.State;
using IntegrationBot.Flows;
using IntegrationBot.Host.Connector;
using IntegrationBot.Host.DirectLine;
using IntegrationBot.Host.Proactive;
using IntegrationBot.Host.Registrations;
using IntegrationBot.Host.Roles;
using IntegrationBot.Schema;
using IntegrationBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Registrations;

/// <summary>
/// The follow-up job with in-memory events and registrations, a hand-moved clock, a recording proactive channel for
/// participants and a local fake Connector for coordinators. Tests call <see cref="RunAsync"/> directly (the hosted
/// service is not started), so nothing waits for a timer.
/// </summary>
public sealed class FollowUpWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private FollowUpWorld(ServiceProvider services, FakeConnector connector, RecordingChannel channel)
    {
        _services = services;
        Connector = connector;
        Channel = channel;
    }

    public ManualTimeProvider Clock { get; } = new(Now);

    public FakeConnector Connector { get; }

    public RecordingChannel Channel { get; }

    public MemoryEventStore Store => _services.GetRequiredService<MemoryEventStore>();

    public static Task<FollowUpWorld> StartAsync(params string[] coordinators) => StartAsync(realChannels: false, coordinators);

    /// <summary>With <paramref name="realChannels"/> participants are reached through the Connector and Direct Line channels too.</summary>
    public static async Task<FollowUpWorld> StartAsync(bool realChannels, params string[] coordinators)
    {
        var connector = await FakeConnector.StartAsync();
        var channel = new RecordingChannel();
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = ConnectorHarness.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["Bot:Connector:TokenAuthority"] = connector.TokenAuthority,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        FollowUpWorld? world = null;
        services.AddSingleton<IConfiguration>(configuration).AddLogging()
            .AddSingleton<TimeProvider>(_ => world!.Clock)
            .AddIntegrationBotFlows()
            .AddSingleton(sp => new MemoryEventStore(sp.GetRequiredService<TimeProvider>(), new BookingCodes()))
            .AddSingleton<IEventCatalog>(sp => sp.GetRequiredService<MemoryEventStore>())
            .AddSingleton<IRegistrationStore>(sp => sp.GetRequiredService<MemoryEventStore>())
            .AddSingleton<IRegistrationFollowUps>(sp => sp.GetRequiredService<MemoryEventStore>())
            .AddSingleton<IStateStore>(sp => new MemoryStateStore(sp.GetRequiredService<TimeProvider>()))
            .AddConnectorClient(configuration)
            .AddProactiveMessages()
            .AddRegistrationFollowUps()
            .AddSingleton<IDirectLineConversationStore, MemoryConversationStore>();
        services.AddOptions<DirectLineOptions>();
        if (!realChannels)
            services.AddSingleton(new ProactiveChannels([channel]));
        services.AddOptions<RolesOptions>().Configure(o => { foreach (var id in coordinators) o.Coordinators.Add(id); });
        world = new FollowUpWorld(services.BuildServiceProvider(), connector, channel);
        return world;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public Task<FollowUpRun> RunAsync() => Get<RegistrationFollowUpJob>().RunOnceAsync(TestContext.Current.CancellationToken);

    public static EventRecord Workshop(int capacity, int daysAhead = 10) => new()
    {
        Id = "ws-1",
        Title = "Sprachcafé",
        Kind = EventKind.Workshop,
        Start = Now.AddDays(daysAhead),
        End = Now.AddDays(daysAhead).AddHours(2),
        Venue = new Venue("Stadthaus 1", "Klemensstraße 10, 48143 Münster", "Raum 101"),
        Capacity = capacity,
    };

    public static RegistrationRequest Request(string user, int persons, string language, string channelId = Channels.MsTeams, string serviceUrl = "https://smba.trafficmanager.net/emea/") => new()
    {
        EventId = "ws-1",
        User = new ChannelUser(channelId, user),
        Key = new RequestKey(channelId, "conv-" + user, Guid.NewGuid().ToString("N")),
        Persons = persons,
        Name = "Name " + user,
        ConsentAt = Now,
        Language = language,
        ConversationReference = JsonSerializer.Serialize(new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount("conv-" + user),
            User = new ChannelAccount(user),
            Bot = new ChannelAccount("28:bot"),
        }, BotJson.Context.ConversationReference),
        AllowWaitlist = true,
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

/// <summary>A proactive channel that records what it was asked to send and answers as scripted (delivered by default).</summary>
public sealed class RecordingChannel : IProactiveChannel
{
    private readonly ConcurrentQueue<ProactiveDelivery> _script = new();

    public ConcurrentQueue<(ConversationReference Reference, Activity Activity)> Sent { get; } = new();

    public void Script(params ProactiveDelivery[] answers)
    {
        foreach (var answer in answers)
            _script.Enqueue(answer);
    }

    public bool Serves(ConversationReference reference) => true;

    public Task<ProactiveDelivery> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        Sent.Enqueue((reference, activity));
        return Task.FromResult(_script.TryDequeue(out var answer) ? answer : ProactiveDelivery.Delivered);
    }
}
