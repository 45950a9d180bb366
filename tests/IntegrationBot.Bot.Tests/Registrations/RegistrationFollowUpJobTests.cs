using System.Globalization;
using IntegrationBot.Bot.Tests.Hosting;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Flows.Events;
using IntegrationBot.Host.Proactive;
using IntegrationBot.Host.Registrations;
using IntegrationBot.Host.Teams;
using IntegrationBot.Schema;

namespace IntegrationBot.Bot.Tests.Registrations;

/// <summary>The follow-up job driven by hand: waitlist notices, reminders once, capacity alerts once per threshold.</summary>
public sealed class RegistrationFollowUpJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_promoted_person_is_told_once_in_their_language_and_not_again_at_the_next_visit()
    {
        await using var world = await FollowUpWorld.StartAsync();
        var code = await PromoteAsync(world, language: "tr");

        var run = await world.RunAsync();
        var again = await world.RunAsync();

        var (reference, activity) = Assert.Single(world.Channel.Sent);
        Assert.Equal("conv-b", reference.Conversation?.Id);
        Assert.Equal(Format("Registration_Notice_Promoted", "tr", "Sprachcafé", code), activity.Text);
        Assert.Equal("tr", activity.Locale);
        Assert.Equal((1, 0), (run.NoticesSent, again.NoticesSent));
        Assert.Empty(await world.Store.TakeNoticesAsync(new ChannelUser(Channels.MsTeams, "b"), Ct));
    }

    [Fact]
    public async Task A_notice_the_channel_refuses_is_kept_for_the_next_visit_and_not_attempted_again()
    {
        await using var world = await FollowUpWorld.StartAsync();
        var code = await PromoteAsync(world, language: "ar");
        world.Channel.Script(ProactiveDelivery.Unreachable);

        var run = await world.RunAsync();
        await world.RunAsync();

        Assert.Single(world.Channel.Sent);
        Assert.Equal(1, run.NoticesKept);
        Assert.Equal(code, Assert.Single(await world.Store.TakeNoticesAsync(new ChannelUser(Channels.MsTeams, "b"), Ct)).BookingCode);
    }

    [Fact]
    public async Task A_notice_that_failed_for_now_is_sent_at_the_next_run()
    {
        await using var world = await FollowUpWorld.StartAsync();
        await PromoteAsync(world, language: "uk");
        world.Channel.Script(ProactiveDelivery.RetryLater);

        var first = await world.RunAsync();
        var second = await world.RunAsync();

        Assert.Equal((0, 1), (first.NoticesSent, second.NoticesSent));
        Assert.Equal(2, world.Channel.Sent.Count);
        Assert.Empty(await world.Store.TakeNoticesAsync(new ChannelUser(Channels.MsTeams, "b"), Ct));
    }

    [Fact]
    public async Task The_reminder_goes_once_to_confirmed_people_a_day_before_and_never_to_the_waitlist()
    {
        await using var world = await FollowUpWorld.StartAsync();
        await world.Store.UpsertAsync(FollowUpWorld.Workshop(capacity: 2, daysAhead: 3), Ct);
        var confirmed = await world.Store.RegisterAsync(FollowUpWorld.Request("a", 2, "en"), Ct);
        await world.Store.RegisterAsync(FollowUpWorld.Request("w", 1, "de"), Ct);

        var early = await world.RunAsync();
        world.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        var due = await world.RunAsync();
        world.Clock.Advance(TimeSpan.FromHours(1));
        var later = await world.RunAsync();

        Assert.Equal((0, 1, 0), (early.RemindersSent, due.RemindersSent, later.RemindersSent));
        var (reference, activity) = Assert.Single(world.Channel.Sent);
        Assert.Equal("conv-a", reference.Conversation?.Id);
        var e = FollowUpWorld.Workshop(capacity: 2, daysAhead: 3);
        Assert.Equal(Format("Registration_Reminder", "en", e.Title, EventFormat.Date(e.Start, "en"), EventFormat.Time(e, "en"),
            "Stadthaus 1, Raum 101, Klemensstraße 10, 48143 Münster", confirmed.Registration!.BookingCode), activity.Text);
    }

    [Fact]
    public async Task Capacity_alerts_at_80_and_100_percent_reach_coordinators_with_a_chat_once_each()
    {
        const string Reachable = "6ee1c2a5-0c2b-4e0e-9f3a-1a2b3c4d5e6f";
        const string WithoutChat = "0f7e1b6c-1111-2222-3333-444455556666";
        await using var world = await FollowUpWorld.StartAsync(Reachable, WithoutChat);
        await RememberCoordinatorChatAsync(world, Reachable, "a:coordinator-chat");
        await world.Store.UpsertAsync(FollowUpWorld.Workshop(capacity: 10), Ct);
        await world.Store.RegisterAsync(FollowUpWorld.Request("a", 8, "de"), Ct);

        var eighty = await world.RunAsync();
        var repeated = await world.RunAsync();
        await world.Store.RegisterAsync(FollowUpWorld.Request("b", 2, "de"), Ct);
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        var full = await world.RunAsync();

        Assert.Equal((1, 0, 1), (eighty.AlertsRaised, repeated.AlertsRaised, full.AlertsRaised));
        Assert.Equal([100, 80], (await world.Store.ListCapacityAlertsAsync(10, Ct)).Select(a => a.Threshold));
        var posts = world.Connector.Requests;
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal($"/v3/conversations/{Uri.EscapeDataString("a:coordinator-chat")}/activities", p.RawTarget));
        var date = EventFormat.Date(FollowUpWorld.Workshop(10).Start, "en");
        Assert.Equal(Format("Registration_Alert_Capacity", "en", "Sprachcafé", date, "80", "8", "10"), posts[0].Activity.Text);
        Assert.Equal(Format("Registration_Alert_Capacity", "en", "Sprachcafé", date, "100", "10", "10"), posts[1].Activity.Text);
        Assert.Empty(world.Channel.Sent);
    }

    /// <summary>a holds both places, b (in <paramref name="language"/>) waits; a cancels. Returns b's booking code.</summary>
    private static async Task<string> PromoteAsync(FollowUpWorld world, string language)
    {
        await world.Store.UpsertAsync(FollowUpWorld.Workshop(capacity: 2), Ct);
        var first = await world.Store.RegisterAsync(FollowUpWorld.Request("a", 2, "de"), Ct);
        var waiting = await world.Store.RegisterAsync(FollowUpWorld.Request("b", 1, language), Ct);
        await world.RunAsync();
        Assert.Empty(world.Channel.Sent); // nothing to tell while b waits
        await world.Store.CancelAsync(first.Registration!.BookingCode, first.Registration.User, Ct);
        return waiting.Registration!.BookingCode;
    }

    private static async Task RememberCoordinatorChatAsync(FollowUpWorld world, string objectId, string conversationId)
    {
        var reference = new ConversationReference
        {
            ChannelId = Channels.MsTeams,
            ServiceUrl = world.Connector.ServiceUrl,
            Locale = "en-US",
            Bot = new ChannelAccount("28:bot"),
            User = new ChannelAccount("29:coordinator") { AadObjectId = objectId },
            Conversation = new ConversationAccount(conversationId) { TenantId = "tenant-1" },
        };
        await world.Get<ConversationReferenceStore>().SaveAsync(reference, Ct);
        await world.Get<CoordinatorReferences>().RememberAsync(objectId, ConversationReferenceStore.KeyFor(reference), Ct);
    }

    private static string Format(string key, string language, params object[] args) =>
        string.Format(CultureInfo.GetCultureInfo(language), BotTexts.Get(key, language), args);
}
