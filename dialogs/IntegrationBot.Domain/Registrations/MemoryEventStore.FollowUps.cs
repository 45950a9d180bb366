namespace IntegrationBot.Domain.Registrations;

/// <summary>The follow-up bookkeeping (notice attempts, reminders, capacity alerts) of the in-memory store.</summary>
public sealed partial class MemoryEventStore
{
    private readonly Dictionary<string, int> _noticeAttempts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _noticeClaims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _reminded = new(StringComparer.Ordinal);
    private readonly List<CapacityAlert> _alerts = [];

    public Task<IReadOnlyList<Registration>> PromoteWaitlistAsync(string eventId, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<Registration>>(_events.ContainsKey(eventId) ? Promote(eventId, time.GetUtcNow()) : []);
    }

    public Task<IReadOnlyList<Registration>> PendingNoticesAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Registration> pending = [.. _registrations.Where(r => NoticeIsFree(r, now)).Take(limit)];
            return Task.FromResult(pending);
        }
    }

    public Task<bool> ClaimNoticeAsync(string bookingCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_registrations.Find(r => r.BookingCode == bookingCode) is not { } registration || !NoticeIsFree(registration, now))
                return Task.FromResult(false);
            _noticeClaims[bookingCode] = now + NoticeAttempts.Lease;
            return Task.FromResult(true);
        }
    }

    private bool NoticeIsFree(Registration r, DateTimeOffset now) =>
        r.Notice != RegistrationNotice.None && r.ConversationReference is not null
        && _noticeAttempts.GetValueOrDefault(r.BookingCode) < NoticeAttempts.Max
        && (!_noticeClaims.TryGetValue(r.BookingCode, out var until) || until <= now);

    public Task RecordNoticeAsync(string bookingCode, NoticeDelivery delivery, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = _registrations.FindIndex(r => r.BookingCode == bookingCode);
            if (index < 0)
                return Task.CompletedTask;
            _noticeClaims.Remove(bookingCode);
            switch (delivery)
            {
                case NoticeDelivery.Delivered:
                    _registrations[index] = _registrations[index] with { Notice = RegistrationNotice.None };
                    break;
                case NoticeDelivery.KeptForNextVisit:
                    _noticeAttempts[bookingCode] = NoticeAttempts.Max;
                    break;
                default:
                    _noticeAttempts[bookingCode] = _noticeAttempts.GetValueOrDefault(bookingCode) + 1;
                    break;
            }
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Registration>> DueRemindersAsync(DateTimeOffset now, TimeSpan before, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Registration> due = [.. _registrations
                .Where(r => r.Status == RegistrationStatus.Confirmed && r.ConversationReference is not null && !_reminded.ContainsKey(r.BookingCode)
                    && _events.TryGetValue(r.EventId, out var e) && e.Start > now && e.Start <= now + before)
                .Take(limit)];
            return Task.FromResult(due);
        }
    }

    public Task<bool> ClaimReminderAsync(string bookingCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_reminded.TryAdd(bookingCode, now));
    }

    public Task ReleaseReminderAsync(string bookingCode, CancellationToken cancellationToken)
    {
        lock (_gate)
            _reminded.Remove(bookingCode);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CapacityAlert>> RaiseCapacityAlertsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var raised = new List<CapacityAlert>();
            foreach (var e in _events.Values.Where(e => e.Start > now && e.Bookable > 0).OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                var confirmed = Confirmed(e.Id);
                foreach (var threshold in CapacityAlert.Thresholds)
                {
                    if (confirmed * 100 >= threshold * e.Bookable && !_alerts.Any(a => a.EventId == e.Id && a.Threshold == threshold))
                        raised.Add(new CapacityAlert(e.Id, threshold, confirmed, e.Bookable, now));
                }
            }
            _alerts.AddRange(raised);
            return Task.FromResult<IReadOnlyList<CapacityAlert>>(raised);
        }
    }

    public Task<IReadOnlyList<CapacityAlert>> ListCapacityAlertsAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<CapacityAlert>>([.. Enumerable.Reverse(_alerts).Take(limit)]);
    }
}
