using IntegrationBot.Storage.Migrations;

namespace IntegrationBot.Storage.Tests.Migrations;

public sealed class MigrationScriptsTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void Scripts_are_numbered_from_one_without_gaps(string provider)
    {
        var versions = MigrationScripts.For(provider).Select(m => m.Version).ToArray();

        Assert.NotEmpty(versions);
        Assert.Equal(Enumerable.Range(1, versions.Length), versions);
    }

    [Fact]
    public void Both_providers_have_the_same_schema_versions_under_the_same_names()
    {
        Assert.Equal(
            MigrationScripts.For("Sqlite").Select(m => (m.Version, m.Name)),
            MigrationScripts.For("Postgres").Select(m => (m.Version, m.Name)));
    }
}
