using IntegrationBot.Contacts.Directory;
using IntegrationBot.Contacts.Monitoring;
using IntegrationBot.Storage;
using IntegrationBot.Storage.Contacts;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

// Not "…Host.Directory": a namespace named Directory would hide System.IO.Directory throughout the host.
namespace IntegrationBot.Host.ContactDirectory;

public static class DirectoryServices
{
    /// <summary>
    /// The contact directory and the contact finder's counters in the configured store (call after
    /// <c>AddBotStorage</c>: the seeding service must start after the migration service), the shipped seed copied in
    /// at start-up, and the coordinator API's key.
    /// </summary>
    public static IServiceCollection AddContactDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Provider ?? StorageProvider.Sqlite;
        switch (provider)
        {
            case StorageProvider.Sqlite:
                AddStore(services, sp => new SqliteContactStore(sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
                break;
            case StorageProvider.Postgres:
                AddStore(services, sp => new PostgresContactStore(sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
                break;
            default:
                services.AddSingleton<IContactDirectory, MemoryContactDirectory>();
                services.AddSingleton<IContactFinderStats, MemoryContactFinderStats>();
                break;
        }
        services.AddHostedService<DirectorySeedingService>();
        return services;
    }

    private static void AddStore<TStore>(IServiceCollection services, Func<IServiceProvider, TStore> create)
        where TStore : class, IContactDirectory, IContactFinderStats
    {
        services.AddSingleton(create);
        services.AddSingleton<IContactDirectory>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IContactFinderStats>(sp => sp.GetRequiredService<TStore>());
    }
}

/// <summary>Copies the shipped directory seed into the store once per seed version (after the schema migration).</summary>
internal sealed partial class DirectorySeedingService(IContactDirectory directory, ILogger<DirectorySeedingService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seed = DirectorySeed.LoadEmbedded();
        await directory.SeedAsync(seed, cancellationToken).ConfigureAwait(false);
        LogSeeded(logger, seed.Version, seed.Entries.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Contact directory seed v{Version} ({Count} entries) is in the store")]
    private static partial void LogSeeded(ILogger logger, int version, int count);
}
