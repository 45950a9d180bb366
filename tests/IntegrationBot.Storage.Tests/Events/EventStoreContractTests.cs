using IntegrationBot.Domain.Registrations;
using IntegrationBot.Testing;
using static IntegrationBot.Storage.Tests.Events.EventTestData;

namespace IntegrationBot.Storage.Tests.Events;

/// <summary>The behaviour every event/registration store shares (memory, SQLite, PostgreSQL); one fresh database per test.</summary>
public abstract partial class EventStoreContractTests : IAsyncLifetime
{
    private EventStoreUnderTest? _store;

    protected ManualTimeProvider Time { get; } = new(Now);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected EventStoreUnderTest Store => _store!;

    protected abstract ValueTask<EventStoreUnderTest> OpenAsync();

    public async ValueTask InitializeAsync() => _store = await OpenAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_store?.Owner is { } owner)
            await owner.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task An_event_round_trips_with_all_its_fields()
    {
        var workshop = Workshop() with { RegistrationDeadline = Now.AddDays(9), Description = "Beschreibung", Accessibility = "barrierefrei" };
        await Store.Catalog.UpsertAsync(workshop, Ct);

        var found = await Store.Catalog.FindAsync("ws-1", Ct);

        Assert.NotNull(found);
        Assert.Equal(workshop.Start, found.Event.Start);
        Assert.Equal(workshop.Venue, found.Event.Venue);
        Assert.Equal(workshop.Fields, found.Event.Fields);
        Assert.Equal(workshop.RegistrationDeadline, found.Event.RegistrationDeadline);
        Assert.Equal(20, found.FreePlaces);
    }

    [Fact]
    public async Task Listing_filters_by_start_and_can_leave_out_samples()
    {
        await Store.Catalog.UpsertAsync(Workshop("a", daysAhead: 3), Ct);
        await Store.Catalog.UpsertAsync(Workshop("b", daysAhead: 30) with { Sample = false }, Ct);
        await Store.Catalog.UpsertAsync(Workshop("c", daysAhead: 60), Ct);

        var all = await Store.Catalog.ListAsync(Now, Now.AddDays(40), includeSamples: true, Ct);
        var real = await Store.Catalog.ListAsync(Now, Now.AddDays(100), includeSamples: false, Ct);

        Assert.Equal(["a", "b"], all.Select(e => e.Event.Id));
        Assert.Equal(["b"], real.Select(e => e.Event.Id));
    }

    [Fact]
    public async Task Registration_is_confirmed_while_places_last_and_counts_persons()
    {
        await Store.Catalog.UpsertAsync(Workshop(capacity: 5, reserved: 1), Ct);

        var family = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 4), Ct);

        Assert.Equal(RegistrationOutcome.Confirmed, family.Outcome);
        Assert.Matches("^[A-HJ-NP-Z2-9]{6}$", family.Registration!.BookingCode);
        Assert.Equal(new RegistrationNeeds(InterpreterLanguage: "ar", Childcare: true), family.Registration.Needs);
        Assert.Equal(0, (await Store.Catalog.FindAsync("ws-1", Ct))!.FreePlaces);
    }

    [Fact]
    public async Task Registration_is_waitlisted_when_workshop_is_full()
    {
        await Store.Catalog.UpsertAsync(Workshop(capacity: 3), Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "a"), Ct);

        var tooMany = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "b", waitlist: false), Ct);
        var waiting = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "b"), Ct);

        Assert.Equal(RegistrationOutcome.Full, tooMany.Outcome);
        Assert.Null(tooMany.Registration);
        Assert.Equal(RegistrationOutcome.Waitlisted, waiting.Outcome);
        var availability = (await Store.Catalog.FindAsync("ws-1", Ct))!;
        Assert.Equal((2, 2, 1), (availability.ConfirmedPersons, availability.WaitlistedPersons, availability.FreePlaces));
    }

    [Fact]
    public async Task A_redelivered_request_returns_the_first_registration_instead_of_registering_twice()
    {
        await Store.Catalog.UpsertAsync(Workshop(), Ct);
        var request = Request("ws-1", persons: 3);

        var first = await Store.Registrations.RegisterAsync(request, Ct);
        var again = await Store.Registrations.RegisterAsync(request, Ct);

        Assert.False(first.Redelivered);
        Assert.True(again.Redelivered);
        Assert.Equal(first.Registration!.BookingCode, again.Registration!.BookingCode);
        Assert.Equal(3, (await Store.Catalog.FindAsync("ws-1", Ct))!.ConfirmedPersons);
    }

    [Fact]
    public async Task Past_events_and_passed_deadlines_are_closed_and_unknown_events_not_found()
    {
        await Store.Catalog.UpsertAsync(Workshop("past", daysAhead: -1), Ct);
        await Store.Catalog.UpsertAsync(Workshop("late") with { RegistrationDeadline = Now.AddHours(-1) }, Ct);

        Assert.Equal(RegistrationOutcome.Closed, (await Store.Registrations.RegisterAsync(Request("past"), Ct)).Outcome);
        Assert.Equal(RegistrationOutcome.Closed, (await Store.Registrations.RegisterAsync(Request("late"), Ct)).Outcome);
        Assert.Equal(RegistrationOutcome.NotFound, (await Store.Registrations.RegisterAsync(Request("nope"), Ct)).Outcome);
    }

    [Fact]
    public async Task Cancelling_frees_places_and_promotes_the_first_waitlist_entry_that_fits()
    {
        await Store.Catalog.UpsertAsync(Workshop(capacity: 4), Ct);
        var booked = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 3, user: "a"), Ct);
        var big = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 4, user: "b"), Ct);
        var small = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "c"), Ct);
        var later = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "d"), Ct);
        Assert.Equal(RegistrationOutcome.Waitlisted, big.Outcome);

        var result = await Store.Registrations.CancelAsync(booked.Registration!.BookingCode.ToLowerInvariant(), new ChannelUser("test", "a"), Ct);

        Assert.Equal(RegistrationStatus.Cancelled, result.Cancelled!.Status);
        // The 4-person group was first in line and fits the 4 free places; the others keep waiting.
        Assert.Equal([big.Registration!.BookingCode], result.Promoted.Select(r => r.BookingCode));
        Assert.Equal(RegistrationStatus.Confirmed, result.Promoted[0].Status);
        Assert.Equal(4, (await Store.Catalog.FindAsync("ws-1", Ct))!.ConfirmedPersons);
        Assert.Equal(RegistrationStatus.Waitlisted, (await Store.Registrations.ListAsync(new ChannelUser("test", "c"), Ct)).Single().Status);
        Assert.NotNull(small.Registration);
        Assert.NotNull(later.Registration);
    }

    [Fact]
    public async Task A_promotion_is_a_notice_taken_once_at_the_next_visit()
    {
        await Store.Catalog.UpsertAsync(Workshop(capacity: 2), Ct);
        var first = await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "a"), Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 1, user: "b"), Ct);
        await Store.Registrations.CancelAsync(first.Registration!.BookingCode, new ChannelUser("test", "a"), Ct);

        var notices = await Store.Registrations.TakeNoticesAsync(new ChannelUser("test", "b"), Ct);
        var again = await Store.Registrations.TakeNoticesAsync(new ChannelUser("test", "b"), Ct);

        Assert.Equal(RegistrationNotice.PromotedFromWaitlist, Assert.Single(notices).Notice);
        Assert.Empty(again);
    }

    [Fact]
    public async Task Only_the_owner_can_cancel_and_a_second_cancel_finds_nothing()
    {
        await Store.Catalog.UpsertAsync(Workshop(), Ct);
        var booked = await Store.Registrations.RegisterAsync(Request("ws-1", user: "a"), Ct);
        var code = booked.Registration!.BookingCode;

        Assert.Null((await Store.Registrations.CancelAsync(code, new ChannelUser("test", "intruder"), Ct)).Cancelled);
        Assert.NotNull((await Store.Registrations.CancelAsync(code, new ChannelUser("test", "a"), Ct)).Cancelled);
        Assert.Null((await Store.Registrations.CancelAsync(code, new ChannelUser("test", "a"), Ct)).Cancelled);
    }

    [Fact]
    public async Task Erasing_a_user_frees_their_places_and_deletes_their_registrations()
    {
        await Store.Catalog.UpsertAsync(Workshop(capacity: 2), Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 2, user: "a"), Ct);
        await Store.Registrations.RegisterAsync(Request("ws-1", persons: 1, user: "b"), Ct);

        var erased = await Store.Registrations.EraseAsync(new ChannelUser("test", "a"), Ct);

        Assert.Equal(1, erased);
        Assert.Empty(await Store.Registrations.ListAsync(new ChannelUser("test", "a"), Ct));
        Assert.Equal(RegistrationStatus.Confirmed, (await Store.Registrations.ListAsync(new ChannelUser("test", "b"), Ct)).Single().Status);
    }
}
