using IntegrationBot.Domain.Events;

namespace IntegrationBot.Domain.Registrations;

/// <summary>
/// Events and registrations in process memory (the <c>Memory</c> storage provider and flow tests). One lock plays the
/// role of the database's row lock, so the capacity rule is the same as in SQLite and PostgreSQL.
/// </summary>
public sealed partial class MemoryEventStore(TimeProvider time, BookingCodes codes) : IEventCatalog, IRegistrationStore, IRegistrationFollowUps
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, EventRecord> _events = new(StringComparer.Ordinal);
    private readonly List<Registration> _registrations = [];
    private readonly Dictionary<RequestKey, string> _requests = [];

    public Task UpsertAsync(EventRecord record, CancellationToken cancellationToken)
    {
        lock (_gate)
            _events[record.Id] = record;
        return Task.CompletedTask;
    }

    public Task<EventAvailability?> FindAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(_events.TryGetValue(id, out var e) ? Availability(e) : null);
    }

    public Task<IReadOnlyList<EventAvailability>> ListAsync(DateTimeOffset from, DateTimeOffset to, bool includeSamples, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<EventAvailability> list = [.. _events.Values
                .Where(e => e.Start >= from && e.Start < to && (includeSamples || !e.Sample))
                .OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)
                .Select(Availability)];
            return Task.FromResult(list);
        }
    }

    public Task<RegistrationResult> RegisterAsync(RegistrationRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_requests.TryGetValue(request.Key, out var existingCode))
            {
                var existing = _registrations.First(r => r.BookingCode == existingCode);
                return Task.FromResult(new RegistrationResult(RegistrationRows.OutcomeOf(existing.Status), existing, Redelivered: true));
            }
            if (!_events.TryGetValue(request.EventId, out var e))
                return Task.FromResult(new RegistrationResult(RegistrationOutcome.NotFound, null));
            if (!e.IsOpenAt(now))
                return Task.FromResult(new RegistrationResult(RegistrationOutcome.Closed, null));
            var fits = Confirmed(e.Id) + request.Persons <= e.Bookable;
            if (!fits && !request.AllowWaitlist)
                return Task.FromResult(new RegistrationResult(RegistrationOutcome.Full, null));

            string code;
            do
                code = codes.Next();
            while (_registrations.Any(r => r.BookingCode == code));
            var registration = RegistrationRows.From(request, code, fits ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted, now);
            _registrations.Add(registration);
            _requests[request.Key] = code;
            return Task.FromResult(new RegistrationResult(RegistrationRows.OutcomeOf(registration.Status), registration));
        }
    }

    public Task<CancellationResult> CancelAsync(string bookingCode, ChannelUser owner, CancellationToken cancellationToken)
    {
        var code = BookingCodes.Normalize(bookingCode);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var index = _registrations.FindIndex(r => r.BookingCode == code && r.User == owner && r.Status != RegistrationStatus.Cancelled);
            if (index < 0)
                return Task.FromResult(CancellationResult.NotFound);
            var cancelled = _registrations[index] with { Status = RegistrationStatus.Cancelled, UpdatedAt = now };
            _registrations[index] = cancelled;
            return Task.FromResult(new CancellationResult(cancelled, Promote(cancelled.EventId, now)));
        }
    }

    public Task<IReadOnlyList<Registration>> ListAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Registration> list = [.. _registrations.Where(r => r.User == user).Reverse()];
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<Registration>> TakeNoticesAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var taken = new List<Registration>();
            for (var i = 0; i < _registrations.Count; i++)
            {
                if (_registrations[i].User == user && _registrations[i].Notice != RegistrationNotice.None)
                {
                    taken.Add(_registrations[i]);
                    _registrations[i] = _registrations[i] with { Notice = RegistrationNotice.None };
                }
            }
            return Task.FromResult<IReadOnlyList<Registration>>(taken);
        }
    }

    public async Task<int> EraseAsync(ChannelUser user, CancellationToken cancellationToken)
    {
        foreach (var active in (await ListAsync(user, cancellationToken).ConfigureAwait(false)).Where(r => r.Status != RegistrationStatus.Cancelled))
            await CancelAsync(active.BookingCode, user, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var key in _requests.Where(kv => _registrations.Any(r => r.BookingCode == kv.Value && r.User == user)).Select(kv => kv.Key).ToList())
                _requests.Remove(key);
            return _registrations.RemoveAll(r => r.User == user);
        }
    }

    private List<Registration> Promote(string eventId, DateTimeOffset now)
    {
        var promoted = new List<Registration>();
        var free = _events[eventId].Bookable - Confirmed(eventId);
        for (var i = 0; i < _registrations.Count && free > 0; i++)
        {
            var r = _registrations[i];
            if (r.EventId != eventId || r.Status != RegistrationStatus.Waitlisted || r.Persons > free)
                continue;
            _registrations[i] = r with { Status = RegistrationStatus.Confirmed, Notice = RegistrationNotice.PromotedFromWaitlist, UpdatedAt = now };
            _noticeAttempts.Remove(r.BookingCode);
            promoted.Add(_registrations[i]);
            free -= r.Persons;
        }
        return promoted;
    }

    private int Confirmed(string eventId) =>
        _registrations.Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed).Sum(r => r.Persons);

    private EventAvailability Availability(EventRecord e) => new(
        e, Confirmed(e.Id), _registrations.Where(r => r.EventId == e.Id && r.Status == RegistrationStatus.Waitlisted).Sum(r => r.Persons));
}
