using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Topics;

namespace IntegrationBot.Contacts.Tests.Directory;

public sealed class DirectorySeedTests
{
    private static readonly DirectorySeed Seed = DirectorySeed.LoadEmbedded();

    [Fact]
    public void The_seed_holds_the_named_organisations_of_the_integration_chain()
    {
        var ids = Seed.Entries.Select(e => e.Id).ToHashSet();
        foreach (var id in new[] { "kommunales-integrationszentrum", "leitbild-anmeldung", "kim-koordinationsteam", "amt-fuer-migration-und-integration",
                     "fachstelle-humanitaere-aufenthalte", "auslaenderbehoerde", "ggua-fluechtlingshilfe", "ggua-projekt-q", "integrationsrat", "jobcenter", "volkshochschule" })
            Assert.Contains(id, ids);
    }

    [Fact]
    public void Every_parent_exists_and_every_topic_has_a_contact()
    {
        var ids = Seed.Entries.Select(e => e.Id).ToHashSet();
        Assert.All(Seed.Entries.Where(e => e.ParentId is not null), e => Assert.Contains(e.ParentId!, ids));
        foreach (var topic in Enum.GetValues<Topic>())
            Assert.NotEmpty(ContactFinder.For(topic, Seed.Entries));
    }

    [Fact]
    public void The_finder_puts_the_unit_made_for_the_topic_first_and_returns_at_most_three()
    {
        var chance = ContactFinder.For(Topic.ChanceResidence, Seed.Entries);
        Assert.Equal(3, chance.Count);
        Assert.Equal("fachstelle-humanitaere-aufenthalte", chance[0].Id);
        Assert.Equal("volkshochschule", ContactFinder.For(Topic.LanguageCourses, Seed.Entries)[0].Id);
        Assert.Equal("leitbild-anmeldung", ContactFinder.For(Topic.Leitbild, Seed.Entries)[0].Id);
    }

    [Fact]
    public async Task Seeding_twice_keeps_a_coordinators_edit()
    {
        var directory = new MemoryContactDirectory();
        await directory.SeedAsync(Seed, TestContext.Current.CancellationToken);
        var edited = (await directory.FindAsync("volkshochschule", TestContext.Current.CancellationToken))! with { OpeningHours = "Mo 9-12" };
        await directory.UpsertAsync(edited, TestContext.Current.CancellationToken);
        await directory.SeedAsync(Seed, TestContext.Current.CancellationToken);
        Assert.Equal("Mo 9-12", (await directory.FindAsync("volkshochschule", TestContext.Current.CancellationToken))!.OpeningHours);
        Assert.Equal(Seed.Entries.Count, (await directory.ListAsync(TestContext.Current.CancellationToken)).Count);
    }
}
