using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Domain.Seed;
using IntegrationBot.Testing;

namespace IntegrationBot.Storage.Tests.Events;

/// <summary>The versioned seed file: facts of the 2023-2025 agenda, a labelled sample programme, idempotent seeding.</summary>
public sealed class EventSeedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_agenda_events_are_in_the_past_and_the_samples_are_labelled_future_dates()
    {
        var all = EventSeed.Load(includeSamples: true);
        var agenda = all.Where(e => !e.Sample).ToList();
        var samples = all.Where(e => e.Sample).ToList();

        Assert.Equal(16, agenda.Count);
        Assert.All(agenda, e => Assert.True(e.End < new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.All(agenda, e => Assert.Equal(0, e.Capacity));
        Assert.NotEmpty(samples);
        Assert.All(samples, e => Assert.StartsWith("Beispieltermin", e.Title, StringComparison.Ordinal));
        Assert.All(samples, e => Assert.InRange(e.Start, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.All(all, e => Assert.Empty(EventValidation.Problems(e)));
        Assert.Equal(all.Count, all.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Agenda_times_are_Berlin_wall_clock_times_stored_as_utc_instants()
    {
        var final = EventSeed.Load(includeSamples: false).Single(e => e.Kind == EventKind.Abschlussveranstaltung);
        var fachforum = EventSeed.Load(includeSamples: false).Single(e => e.Id == "mlb-2024-05-14-fachforum-1");

        Assert.Equal(new DateTimeOffset(2025, 1, 24, 16, 0, 0, TimeSpan.Zero), final.Start); // 17:00 CET
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 14, 0, 0, TimeSpan.Zero), fachforum.Start); // 16:00 CEST
        Assert.Equal([Handlungsfelder.WirtschaftArbeit], fachforum.Fields);
        Assert.Equal(new Venue("Stadthaus 2", null, "Raum 2-1"), fachforum.Venue);
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_the_second_time_and_keeps_coordinator_edits()
    {
        var store = new MemoryEventStore(new ManualTimeProvider(EventTestData.Now), new BookingCodes());
        var first = await EventSeed.SeedAsync(store, includeSamples: true, Ct);
        var edited = (await store.FindAsync("sample-2026-12-03-workshop-bildung", Ct))!.Event with { Capacity = 99 };
        await store.UpsertAsync(edited, Ct);

        var second = await EventSeed.SeedAsync(store, includeSamples: true, Ct);

        Assert.Equal(EventSeed.Load(true).Count, first);
        Assert.Equal(0, second);
        Assert.Equal(99, (await store.FindAsync(edited.Id, Ct))!.Event.Capacity);
    }

    [Fact]
    public void Without_samples_only_the_agenda_is_seeded()
    {
        Assert.DoesNotContain(EventSeed.Load(includeSamples: false), e => e.Sample);
    }
}
