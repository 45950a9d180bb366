using IntegrationBot.Contacts.Directory;
using IntegrationBot.Testing;

namespace IntegrationBot.Contacts.Tests.Directory;

/// <summary>
/// The shipped directory may only state what the seed documents state: every phone number, e-mail address, street
/// address and contact person must appear in ../shared/seeds/ word for word. Invented contact data would send
/// residents to the wrong door.
/// </summary>
public sealed class SeedFactsTests
{
    private static readonly DirectorySeed Seed = DirectorySeed.LoadEmbedded();

    public static TheoryData<string, string, string> ShippedFacts()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var entry in Seed.Entries)
        {
            if (entry.Phone is { } phone) data.Add(entry.Id, "phone", phone);
            if (entry.Email is { } email) data.Add(entry.Id, "e-mail", email);
            if (entry.Address is { } address) data.Add(entry.Id, "address", address);
            if (entry.ContactPerson is { } person) data.Add(entry.Id, "person", person);
            if (entry.WebLink is { } link) data.Add(entry.Id, "link", link);
            if (entry.OpeningHours is { } hours) data.Add(entry.Id, "hours", hours);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFacts))]
    public void Every_shipped_contact_fact_appears_in_the_seed_documents(string entry, string field, string value)
    {
        var seeds = SeedText();
        Assert.True(seeds.Contains(Collapse(value), StringComparison.OrdinalIgnoreCase),
            $"{entry}: the {field} '{value}' is not in ../shared/seeds/; ship only facts from the seeds.");
    }

    [Fact]
    public void The_seed_names_its_sources_and_they_exist()
    {
        var folder = SharedFolder.Require("seeds");
        foreach (var entry in Seed.Entries)
        {
            Assert.NotEmpty(entry.Sources);
            foreach (var source in entry.Sources)
                Assert.True(File.Exists(Path.Combine(folder, source)), $"{entry.Id}: source {source} is not in seeds/");
        }
    }

    [Fact]
    public void Each_entry_name_core_appears_in_its_sources()
    {
        var folder = SharedFolder.Require("seeds");
        foreach (var entry in Seed.Entries)
        {
            var text = Collapse(string.Concat(entry.Sources.Select(s => File.ReadAllText(Path.Combine(folder, s)))));
            var core = entry.Name.Split(" (")[0].Split(' ')[0].TrimEnd(',');
            Assert.True(text.Contains(core[..Math.Min(core.Length, 9)], StringComparison.OrdinalIgnoreCase),
                $"{entry.Id}: '{core}' does not occur in its sources");
        }
    }

    private static string SeedText()
    {
        var folder = SharedFolder.Require("seeds");
        return Collapse(string.Join("\n", System.IO.Directory.GetFiles(folder, "*.txt").Select(File.ReadAllText)));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
