using System.Net.Http.Json;
using System.Text.Json;
using IntegrationBot.Bot.Tests.Messages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IntegrationBot.Bot.Tests.ContactDirectory;

/// <summary>With the default SQLite store, start-up migrates (0003), seeds the directory once, and keeps edits across restarts.</summary>
public sealed class DirectorySqliteHostTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "integrationbot-host-directory-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_seed_reaches_the_database_once_and_an_edit_survives_a_restart()
    {
        const string key = "coordinator-test-key-0123456789";
        var settings = new Dictionary<string, string?> { ["Coordinator:ApiKey"] = key };
        await using (var firstApp = new BotApplication(settings))
        await using (var first = Sqlite(firstApp))
        {
            using var client = first.CreateClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
            using var deleted = await client.DeleteAsync("/api/coordinator/directory/jobcenter", TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.NoContent, deleted.StatusCode);
        }
        await using var secondApp = new BotApplication(settings);
        await using var second = Sqlite(secondApp);
        using var again = second.CreateClient();
        again.DefaultRequestHeaders.Add("X-Api-Key", key);
        var entries = await again.GetFromJsonAsync<JsonElement>("/api/coordinator/directory", TestContext.Current.CancellationToken);
        var ids = entries.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("volkshochschule", ids);
        Assert.DoesNotContain("jobcenter", ids);
    }

    // The provider is chosen while Program.cs registers services, which sees host settings but not the factory's
    // app configuration; so the store is switched with UseSetting, over BotApplication's "Memory".
    private WebApplicationFactory<Program> Sqlite(BotApplication app) => app.WithWebHostBuilder(host => host
        .UseSetting("Storage:Provider", "Sqlite")
        .UseSetting("Storage:Sqlite:Path", Path.Combine(_folder, "bot.db")));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(_folder))
            System.IO.Directory.Delete(_folder, recursive: true);
    }
}
