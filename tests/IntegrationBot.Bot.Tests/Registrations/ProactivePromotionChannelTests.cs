using System.Globalization;
using System.Net;
using IntegrationBot.Bot.Tests.Connector;
using IntegrationBot.Bot.Tests.Hosting;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Host.DirectLine;
using IntegrationBot.Host.Teams;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Registrations;

/// <summary>
/// Promotion notices through the real proactive channels: the Bot Connector (a local fake) for Teams, the embedded
/// Direct Line's in-memory conversation for Web Chat; refused or vanished conversations keep the notice for the next visit.
/// </summary>
public sealed class ProactivePromotionChannelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_promoted_Teams_user_gets_a_Connector_message_in_their_language_and_the_notice_is_cleared()
    {
        await using var world = await FollowUpWorld.StartAsync(realChannels: true);
        var code = await PromoteAsync(world, FollowUpWorld.Request("b", 1, "en", Channels.MsTeams, world.Connector.ServiceUrl));

        var run = await world.RunAsync();

        var post = Assert.Single(world.Connector.Requests);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("conv-b")}/activities", post.RawTarget);
        Assert.Equal(Format("Registration_Notice_Promoted", "en", "Sprachcafé", code), post.Activity.Text);
        Assert.Equal(("28:bot", "b"), (post.Activity.From?.Id, post.Activity.Recipient?.Id));
        Assert.Equal(1, run.NoticesSent);
        Assert.Empty(await world.Store.TakeNoticesAsync(new ChannelUser(Channels.MsTeams, "b"), Ct));
    }

    [Fact]
    public async Task A_403_from_Teams_keeps_the_notice_for_the_next_visit_and_stops_further_sends()
    {
        await using var world = await FollowUpWorld.StartAsync(realChannels: true);
        var code = await PromoteAsync(world, FollowUpWorld.Request("b", 1, "ru", Channels.MsTeams, world.Connector.ServiceUrl));
        world.Connector.Script(new ScriptedResponse(HttpStatusCode.Forbidden, Body: """{"error":{"code":"ConversationBlockedByUser","message":"blocked"}}"""));

        var run = await world.RunAsync();
        await world.RunAsync();

        Assert.Single(world.Connector.Requests);
        Assert.Equal(1, run.NoticesKept);
        Assert.True((await world.Get<ConversationReferenceStore>().GetAsync(ConversationReferenceStore.KeyFor(Channels.MsTeams, "conv-b"), Ct))!.IsDisabled);
        Assert.Equal(code, Assert.Single(await world.Store.TakeNoticesAsync(new ChannelUser(Channels.MsTeams, "b"), Ct)).BookingCode);
    }

    [Fact]
    public async Task A_promoted_Web_Chat_user_finds_the_message_in_their_open_Direct_Line_conversation()
    {
        await using var world = await FollowUpWorld.StartAsync(realChannels: true);
        var conversations = world.Get<IDirectLineConversationStore>();
        await conversations.StartAsync("conv-b", new ChannelAccount("b"), "fa", Ct);
        var code = await PromoteAsync(world, FollowUpWorld.Request("b", 1, "fa", Channels.WebChat, "http://localhost/"));

        await world.RunAsync();

        var stored = Assert.Single((await conversations.ReadAsync("conv-b", 0, Ct))!.Activities);
        var activity = BotJson.DeserializeActivity(stored.Json.ToArray())!;
        Assert.Equal(Format("Registration_Notice_Promoted", "fa", "Sprachcafé", code), activity.Text);
        Assert.Equal("bot", activity.From?.Role);
        Assert.Empty(world.Connector.Requests);
        Assert.Empty(await world.Store.TakeNoticesAsync(new ChannelUser(Channels.WebChat, "b"), Ct));
    }

    [Fact]
    public async Task A_Web_Chat_conversation_that_is_gone_keeps_the_notice_for_the_next_visit()
    {
        await using var world = await FollowUpWorld.StartAsync(realChannels: true);
        var code = await PromoteAsync(world, FollowUpWorld.Request("b", 1, "nl", Channels.WebChat, "http://localhost/"));

        var run = await world.RunAsync();

        Assert.Equal(1, run.NoticesKept);
        Assert.Empty(world.Connector.Requests);
        Assert.Equal(code, Assert.Single(await world.Store.TakeNoticesAsync(new ChannelUser(Channels.WebChat, "b"), Ct)).BookingCode);
    }

    private static async Task<string> PromoteAsync(FollowUpWorld world, RegistrationRequest waiting)
    {
        await world.Store.UpsertAsync(FollowUpWorld.Workshop(capacity: 2), Ct);
        var first = await world.Store.RegisterAsync(FollowUpWorld.Request("a", 2, "de"), Ct);
        var second = await world.Store.RegisterAsync(waiting, Ct);
        Assert.Equal(RegistrationStatus.Waitlisted, second.Registration!.Status);
        await world.Store.CancelAsync(first.Registration!.BookingCode, first.Registration.User, Ct);
        return second.Registration.BookingCode;
    }

    private static string Format(string key, string language, params object[] args) =>
        string.Format(CultureInfo.GetCultureInfo(language), BotTexts.Get(key, language), args);
}
