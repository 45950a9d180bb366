using IntegrationBot.Storage;
using IntegrationBot.Storage.Sqlite;

namespace IntegrationBot.Host.Storage;

/// <summary>
/// Brings the schema up to date before the host serves requests (hosted services start before the server).
/// Safe with several instances starting together: the migrator serialises them.
/// </summary>
internal sealed partial class StorageMigrationService(IStorageAdmin admin, ILogger<StorageMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await admin.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var where = admin is SqliteStateStore sqlite ? sqlite.FilePath : admin.GetType().Name;
        LogMigrated(logger, where, applied.Count, string.Join(", ", applied.Select(m => m.Name)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store {Store} is up to date; applied {Count} migration(s): {Migrations}")]
    private static partial void LogMigrated(ILogger logger, string store, int count, string migrations);
}
