using System.Globalization;
using IntegrationBot.Bot.Tests.DirectLine;
using IntegrationBot.Bot.Tests.Hosting;
using IntegrationBot.Bot.Tests.Teams;
using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Bot.Tests.Registrations;

/// <summary>
/// The real host: a cancellation through the store the flows use wakes the follow-up service, which tells the promoted
/// person at once, through the Connector (Teams) or into their open Web Chat conversation (embedded Direct Line).
/// </summary>
public sealed class ProactivePromotionHostTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_cancellation_that_promotes_a_Teams_user_posts_the_news_to_their_chat_in_their_language()
    {
        await using var host = await TeamsHost.StartAsync();
        var services = host.App.Services;
        var code = await PromoteAsync(services, FollowUpWorld.Request("29:waiting", 1, "en", Channels.MsTeams, host.Connector.ServiceUrl));
        using var patience = Timeout();

        var post = await host.Connector.WaitForRequestAsync(r => r.RawTarget.Contains("conv-29%3Awaiting", StringComparison.Ordinal), patience.Token);

        Assert.Equal(Format("Registration_Notice_Promoted", "en", "Sprachcafé", code), post.Activity.Text);
        Assert.Equal("29:waiting", post.Activity.Recipient?.Id);
    }

    [Fact]
    public async Task A_cancellation_that_promotes_a_Web_Chat_user_appears_in_their_open_conversation()
    {
        using var host = new DirectLineHost();
        var conversation = await host.Client.StartAsync(userId: "r_waiting", locale: "uk-UA");
        using var stream = await StreamClient.ConnectAsync(host, conversation.StreamUrl!);
        var code = await PromoteAsync(host.Services, FollowUpWorld.Request("r_waiting", 1, "uk", Channels.WebChat, "http://localhost/") with
        {
            ConversationReference = System.Text.Json.JsonSerializer.Serialize(new ConversationReference
            {
                ChannelId = Channels.WebChat,
                ServiceUrl = "http://localhost/",
                Conversation = new ConversationAccount(conversation.ConversationId),
                User = new ChannelAccount("r_waiting"),
            }, BotJson.Context.ConversationReference),
        });
        var expected = Format("Registration_Notice_Promoted", "uk", "Sprachcafé", code);

        Activity? told = null;
        while (told is null)
            told = (await stream.ReceiveActivitiesAsync()).Activities.FirstOrDefault(a => a.Text == expected);

        Assert.Equal("bot", told.From?.Role);
        Assert.Equal(conversation.ConversationId, told.Conversation?.Id);
    }

    /// <summary>"a" books both places, the waiting person queues; "a" cancels through the host's registration store.</summary>
    private static async Task<string> PromoteAsync(IServiceProvider services, RegistrationRequest waiting)
    {
        var ct = TestContext.Current.CancellationToken;
        await services.GetRequiredService<IEventCatalog>().UpsertAsync(FollowUpWorld.Workshop(capacity: 2), ct);
        var registrations = services.GetRequiredService<IRegistrationStore>();
        var first = await registrations.RegisterAsync(FollowUpWorld.Request("a", 2, "de"), ct);
        var second = await registrations.RegisterAsync(waiting, ct);
        Assert.Equal(RegistrationStatus.Waitlisted, second.Registration!.Status);
        var cancelled = await registrations.CancelAsync(first.Registration!.BookingCode, first.Registration.User, ct);
        Assert.Single(cancelled.Promoted);
        return second.Registration.BookingCode;
    }

    private static CancellationTokenSource Timeout()
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        source.CancelAfter(Patience);
        return source;
    }

    private static string Format(string key, string language, params object[] args) =>
        string.Format(CultureInfo.GetCultureInfo(language), BotTexts.Get(key, language), args);
}
