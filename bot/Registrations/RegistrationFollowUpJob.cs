using System.Text.Json;
using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Host.Proactive;
using IntegrationBot.Schema;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Registrations;

/// <summary>What one run of the follow-up job did.</summary>
public sealed record FollowUpRun(int NoticesSent, int NoticesKept, int RemindersSent, int AlertsRaised);

/// <summary>
/// One pass over the registration follow-ups: tell promoted people proactively (a refused or vanished conversation
/// keeps the notice for the next visit), remind confirmed people once before their event, and record capacity alerts
/// (log, API, and coordinators' Teams chats). Every step is recorded in the store, so a repeated pass is harmless.
/// </summary>
public sealed partial class RegistrationFollowUpJob(
    IRegistrationFollowUps followUps,
    IEventCatalog catalog,
    ProactiveChannels channels,
    RegistrationMessages messages,
    CoordinatorAlerts coordinators,
    IOptions<EventsOptions> options,
    TimeProvider time,
    ILogger<RegistrationFollowUpJob> logger)
{
    /// <summary>Rows taken per step and pass; the rest waits for the next pass, which a full batch triggers at once.</summary>
    public const int BatchSize = 100;

    public async Task<FollowUpRun> RunOnceAsync(CancellationToken cancellationToken)
    {
        var (sent, kept) = await SendNoticesAsync(cancellationToken).ConfigureAwait(false);
        var reminded = await SendRemindersAsync(cancellationToken).ConfigureAwait(false);
        var alerts = await RaiseAlertsAsync(cancellationToken).ConfigureAwait(false);
        return new FollowUpRun(sent, kept, reminded, alerts);
    }

    private async Task<(int Sent, int Kept)> SendNoticesAsync(CancellationToken cancellationToken)
    {
        var (sent, kept) = (0, 0);
        foreach (var registration in await followUps.PendingNoticesAsync(time.GetUtcNow(), BatchSize, cancellationToken).ConfigureAwait(false))
        {
            if (!await followUps.ClaimNoticeAsync(registration.BookingCode, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
                continue; // another instance is telling this one
            var e = (await catalog.FindAsync(registration.EventId, cancellationToken).ConfigureAwait(false))?.Event;
            var delivery = await SendAsync(registration, messages.Promoted(registration, e), cancellationToken).ConfigureAwait(false);
            var recorded = delivery switch
            {
                ProactiveDelivery.Delivered => NoticeDelivery.Delivered,
                ProactiveDelivery.Unreachable => NoticeDelivery.KeptForNextVisit,
                _ => NoticeDelivery.RetryLater,
            };
            await followUps.RecordNoticeAsync(registration.BookingCode, recorded, cancellationToken).ConfigureAwait(false);
            LogNotice(registration.EventId, recorded);
            sent += recorded == NoticeDelivery.Delivered ? 1 : 0;
            kept += recorded == NoticeDelivery.KeptForNextVisit ? 1 : 0;
        }
        return (sent, kept);
    }

    private async Task<int> SendRemindersAsync(CancellationToken cancellationToken)
    {
        var before = options.Value.ReminderBefore;
        if (before <= TimeSpan.Zero)
            return 0;
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var registration in await followUps.DueRemindersAsync(now, before, BatchSize, cancellationToken).ConfigureAwait(false))
        {
            if (await catalog.FindAsync(registration.EventId, cancellationToken).ConfigureAwait(false) is not { } found
                || !await followUps.ClaimReminderAsync(registration.BookingCode, now, cancellationToken).ConfigureAwait(false))
                continue;
            var delivery = await SendAsync(registration, messages.Reminder(registration, found.Event), cancellationToken).ConfigureAwait(false);
            if (delivery == ProactiveDelivery.RetryLater)
                await followUps.ReleaseReminderAsync(registration.BookingCode, cancellationToken).ConfigureAwait(false);
            LogReminder(registration.EventId, delivery);
            sent += delivery == ProactiveDelivery.Delivered ? 1 : 0;
        }
        return sent;
    }

    private async Task<int> RaiseAlertsAsync(CancellationToken cancellationToken)
    {
        var raised = await followUps.RaiseCapacityAlertsAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        foreach (var alert in raised)
        {
            LogAlert(alert.EventId, alert.Threshold, alert.ConfirmedPersons, alert.Bookable);
            var e = (await catalog.FindAsync(alert.EventId, cancellationToken).ConfigureAwait(false))?.Event;
            await coordinators.SendAsync(alert, e, cancellationToken).ConfigureAwait(false);
        }
        return raised.Count;
    }

    private async Task<ProactiveDelivery> SendAsync(Registration registration, Activity activity, CancellationToken cancellationToken)
    {
        if (Reference(registration) is not { } reference)
            return ProactiveDelivery.Unreachable;
        return await channels.SendAsync(reference, activity, cancellationToken).ConfigureAwait(false);
    }

    private static ConversationReference? Reference(Registration registration)
    {
        try
        {
            return registration.ConversationReference is { } json ? JsonSerializer.Deserialize(json, BotJson.Context.ConversationReference) : null;
        }
        catch (JsonException)
        {
            return null; // written by an older version in another shape: the next visit still shows the notice
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waitlist promotion notice for event {EventId}: {Delivery}")]
    private partial void LogNotice(string eventId, NoticeDelivery delivery);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder for event {EventId}: {Delivery}")]
    private partial void LogReminder(string eventId, ProactiveDelivery delivery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Capacity alert: event {EventId} reached {Threshold} % ({Confirmed} of {Bookable} places confirmed)")]
    private partial void LogAlert(string eventId, int threshold, int confirmed, int bookable);
}
