using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Contacts.Topics;

namespace IntegrationBot.Storage.Tests.Contacts;

/// <summary>What both database providers promise about the contact directory and the contact finder's counters.</summary>
public abstract class ContactStoreContractTests
{
    private static readonly DirectorySeed Seed = new(1,
    [
        new DirectoryEntry { Id = "vhs", Name = "Volkshochschule", Topics = [Topic.LanguageCourses], Address = "Aegidiimarkt 3" },
        new DirectoryEntry { Id = "rat", Name = "Integrationsrat", Topics = [Topic.Participation] },
        new DirectoryEntry { Id = "ki", Name = "Kommunales Integrationszentrum", Topics = [Topic.Leitbild], Languages = ["de", "nl"], BarrierFree = true },
    ]);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A migrated, empty database of the provider under test.</summary>
    protected abstract Task<(IContactDirectory Directory, IContactFinderStats Stats)> CreateAsync();

    [Fact]
    public async Task Seeding_copies_the_entries_once_in_order_and_keeps_edits_and_deletions()
    {
        var (directory, _) = await CreateAsync();
        await directory.SeedAsync(Seed, Ct);
        Assert.Equal(Seed.Entries, await directory.ListAsync(Ct));

        await directory.UpsertAsync(Seed.Entries[0] with { OpeningHours = "Mo-Fr 9-12" }, Ct);
        await directory.DeleteAsync("rat", Ct);
        await directory.SeedAsync(Seed, Ct);

        var entries = await directory.ListAsync(Ct);
        Assert.Equal(["vhs", "ki"], entries.Select(e => e.Id));
        Assert.Equal("Mo-Fr 9-12", entries[0].OpeningHours);
    }

    [Fact]
    public async Task Concurrent_start_ups_seed_once()
    {
        var (directory, _) = await CreateAsync();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => directory.SeedAsync(Seed, Ct), Ct)));
        Assert.Equal(3, (await directory.ListAsync(Ct)).Count);
    }

    [Fact]
    public async Task An_upsert_says_whether_the_entry_was_new_and_an_entry_round_trips_whole()
    {
        var (directory, _) = await CreateAsync();
        var entry = Seed.Entries[2];
        Assert.True(await directory.UpsertAsync(entry, Ct));
        Assert.False(await directory.UpsertAsync(entry with { Phone = "02 51/4 92-70 77" }, Ct));
        Assert.Equal(entry with { Phone = "02 51/4 92-70 77" }, await directory.FindAsync("ki", Ct));
        Assert.Null(await directory.FindAsync("missing", Ct));
        Assert.False(await directory.DeleteAsync("missing", Ct));
    }

    [Fact]
    public async Task Outcomes_are_counted_per_topic_language_channel_and_outcome()
    {
        var (_, stats) = await CreateAsync();
        var helped = new ContactFinderOutcome("Work", "ar", "msteams", ContactOutcome.Helped);
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => stats.RecordAsync(helped, Ct)));
        await stats.RecordAsync(helped with { Outcome = ContactOutcome.NotHelped }, Ct);

        Assert.Equal(
            [new ContactFinderCount("Work", "ar", "msteams", ContactOutcome.Helped, 5), new ContactFinderCount("Work", "ar", "msteams", ContactOutcome.NotHelped, 1)],
            await stats.ReadAsync(Ct));
    }
}
