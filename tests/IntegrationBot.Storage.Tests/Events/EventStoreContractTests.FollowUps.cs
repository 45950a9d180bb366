using IntegrationBot.Domain.Registrations;
using static IntegrationBot.Storage.Tests.Events.EventTestData;

namespace IntegrationBot.Storage.Tests.Events;

/// <summary>The follow-up bookkeeping every provider shares: proactive notices, reminders once, capacity alerts once.</summary>
public abstract partial class EventStoreContractTests
{
    [Fact]
    public async Task A_delivered_promotion_notice_is_no_longer_pending_nor_shown_at_the_next_visit()
    {
        var promoted = await PromoteSomebodyAsync();

        var pending = await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct);
        await Store.FollowUps.RecordNoticeAsync(promoted, NoticeDelivery.Delivered, Ct);

        Assert.Equal(promoted, Assert.Single(pending).BookingCode);
        Assert.Equal("""{"conversation":{"id":"conv"}}""", pending[0].ConversationReference);
        Assert.Empty(await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct));
        Assert.Empty(await Store.Registrations.TakeNoticesAsync(new ChannelUser("test", "b"), Ct));
    }

    [Fact]
    public async Task A_notice_the_channel_refused_stops_being_attempted_and_waits_for_the_next_visit()
    {
        var promoted = await PromoteSomebodyAsync();

        await Store.FollowUps.RecordNoticeAsync(promoted, NoticeDelivery.KeptForNextVisit, Ct);

        Assert.Empty(await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct));
        Assert.Equal(promoted, Assert.Single(await Store.Registrations.TakeNoticesAsync(new ChannelUser("test", "b"), Ct)).BookingCode);
    }

    [Fact]
    public async Task Failed_notice_attempts_are_retried_up_to_the_maximum_and_then_kept_for_the_visit()
    {
        var promoted = await PromoteSomebodyAsync();

        for (var attempt = 1; attempt < NoticeAttempts.Max; attempt++)
        {
            await Store.FollowUps.RecordNoticeAsync(promoted, NoticeDelivery.RetryLater, Ct);
            Assert.Single(await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct));
        }
        await Store.FollowUps.RecordNoticeAsync(promoted, NoticeDelivery.RetryLater, Ct);

        Assert.Empty(await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct));
        Assert.Single(await Store.Registrations.TakeNoticesAsync(new ChannelUser("test", "b"), Ct));
    }

    [Fact]
    public async Task A_claimed_notice_is_sent_by_one_run_only_until_its_lease_runs_out()
    {
        var promoted = await PromoteSomebodyAsync();

        var first = await Store.FollowUps.ClaimNoticeAsync(promoted, Time.GetUtcNow(), Ct);
        var second = await Store.FollowUps.ClaimNoticeAsync(promoted, Time.GetUtcNow(), Ct);
        var pendingWhileClaimed = await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct);
        Time.Advance(NoticeAttempts.Lease);
        var pendingAfterLease = await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct);
        var reclaimed = await Store.FollowUps.ClaimNoticeAsync(promoted, Time.GetUtcNow(), Ct);
        await Store.FollowUps.RecordNoticeAsync(promoted, NoticeDelivery.RetryLater, Ct);

        Assert.Equal((true, false, true), (first, second, reclaimed));
        Assert.Empty(pendingWhileClaimed);
        Assert.Equal(promoted, Assert.Single(pendingAfterLease).BookingCode);
        Assert.Single(await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct)); // a recorded retry frees it at once
    }

    [Fact]
    public async Task Raising_capacity_promotes_the_waitlist_with_a_notice()
    {
        await Store.Catalog.UpsertAsync(Workshop(capacity: 2), Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "a"), Ct);
        var waiting = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 1, user: "b"), Ct);

        Assert.Empty(await Store.FollowUps.PromoteWaitlistAsync("ws-1", Ct));
        await Store.Catalog.UpsertAsync(Workshop(capacity: 3), Ct);
        var promoted = await Store.FollowUps.PromoteWaitlistAsync("ws-1", Ct);

        Assert.Equal(waiting.Registration!.BookingCode, Assert.Single(promoted).BookingCode);
        Assert.Equal(RegistrationStatus.Confirmed, promoted[0].Status);
        Assert.Single(await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct));
        Assert.Empty(await Store.FollowUps.PromoteWaitlistAsync("nope", Ct));
    }

    [Fact]
    public async Task Reminders_are_due_for_confirmed_registrations_inside_the_window_and_claimed_once()
    {
        await Store.Catalog.UpsertAsync(Workshop(capacity: 2, daysAhead: 10), Ct);
        var confirmed = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 1, user: "a"), Ct);
        var cancelled = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 1, user: "c"), Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 1, user: "w"), Ct); // waitlisted, promoted when c cancels
        await Store.Registrations.CancelAsync(cancelled.Registration!.BookingCode, new ChannelUser("test", "c"), Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "late"), Ct); // waitlisted
        var code = confirmed.Registration!.BookingCode;
        var dayBefore = Now.AddDays(9).AddHours(1);

        Assert.Empty(await Store.FollowUps.DueRemindersAsync(Now, TimeSpan.FromHours(24), 10, Ct));
        var due = await Store.FollowUps.DueRemindersAsync(dayBefore, TimeSpan.FromHours(24), 10, Ct);

        Assert.Equal(["a", "w"], due.Select(r => r.User.UserId).Order(StringComparer.Ordinal));
        Assert.True(await Store.FollowUps.ClaimReminderAsync(code, dayBefore, Ct));
        Assert.False(await Store.FollowUps.ClaimReminderAsync(code, dayBefore, Ct));
        Assert.DoesNotContain(code, (await Store.FollowUps.DueRemindersAsync(dayBefore, TimeSpan.FromHours(24), 10, Ct)).Select(r => r.BookingCode));
        await Store.FollowUps.ReleaseReminderAsync(code, Ct);
        Assert.Contains(code, (await Store.FollowUps.DueRemindersAsync(dayBefore, TimeSpan.FromHours(24), 10, Ct)).Select(r => r.BookingCode));
        Assert.Empty(await Store.FollowUps.DueRemindersAsync(Now.AddDays(10), TimeSpan.FromHours(24), 10, Ct)); // started
    }

    [Fact]
    public async Task Capacity_alerts_are_recorded_once_at_80_and_at_100_percent_of_the_bookable_places()
    {
        await Store.Catalog.UpsertAsync(Workshop(capacity: 12, reserved: 2), Ct);
        await Store.Catalog.UpsertAsync(Workshop("past", capacity: 1, daysAhead: -1), Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 7, user: "a"), Ct);

        var none = await Store.FollowUps.RaiseCapacityAlertsAsync(Now, Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 1, user: "b"), Ct);
        var eighty = await Store.FollowUps.RaiseCapacityAlertsAsync(Now, Ct);
        var again = await Store.FollowUps.RaiseCapacityAlertsAsync(Now.AddMinutes(1), Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "c"), Ct);
        var full = await Store.FollowUps.RaiseCapacityAlertsAsync(Now.AddMinutes(2), Ct);

        Assert.Empty(none);
        Assert.Equal(new CapacityAlert("ws-1", 80, 8, 10, Now), Assert.Single(eighty));
        Assert.Empty(again);
        Assert.Equal(new CapacityAlert("ws-1", 100, 10, 10, Now.AddMinutes(2)), Assert.Single(full));
        Assert.Equal([100, 80], (await Store.FollowUps.ListCapacityAlertsAsync(10, Ct)).Select(a => a.Threshold));
    }

    /// <summary>a holds both places, b waits; a cancels and b is promoted. Returns b's booking code.</summary>
    private async Task<string> PromoteSomebodyAsync()
    {
        await Store.Catalog.UpsertAsync(Workshop(capacity: 2), Ct);
        var first = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "a"), Ct);
        var waiting = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 1, user: "b"), Ct);
        Assert.Empty(await Store.FollowUps.PendingNoticesAsync(Time.GetUtcNow(), 10, Ct));
        await Store.Registrations.CancelAsync(first.Registration!.BookingCode, new ChannelUser("test", "a"), Ct);
        return waiting.Registration!.BookingCode;
    }
}
