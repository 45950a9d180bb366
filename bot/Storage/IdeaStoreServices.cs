using IntegrationBot.Domain.Registrations;
using IntegrationBot.Ideas;
using IntegrationBot.Ideas.Audit;
using IntegrationBot.Ideas.Processing;
using IntegrationBot.Ideas.Review;
using IntegrationBot.Storage;
using IntegrationBot.Storage.Audit;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Storage;

/// <summary>Ideas (the flow's, the background job's and the coordinators' view) and the audit log on the bot's provider.</summary>
internal static class IdeaStoreServices
{
    public static void AddIdeaStores(IServiceCollection services, StorageProvider provider)
    {
        switch (provider)
        {
            case StorageProvider.Sqlite:
                AddStore(services, sp => new SqliteIdeaStore(Sqlite(sp), StorageServices.Retry(sp), Time(sp), sp.GetRequiredService<BookingCodes>()));
                services.AddSingleton<IAuditLog>(sp => new SqliteAuditLog(Sqlite(sp), StorageServices.Retry(sp), Time(sp)));
                break;
            case StorageProvider.Postgres:
                // Its own small pool: the background job's batches should not take connections from turns.
                services.AddKeyedSingleton("ideas", (sp, _) => PostgresDataSources.Create(sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value));
                AddStore(services, sp => new PostgresIdeaStore(IdeasDataSource(sp), StorageServices.Retry(sp), Time(sp), sp.GetRequiredService<BookingCodes>()));
                services.AddSingleton<IAuditLog>(sp => new PostgresAuditLog(IdeasDataSource(sp), StorageServices.Retry(sp), Time(sp)));
                break;
            default:
                AddStore(services, sp => new MemoryIdeaStore(Time(sp), sp.GetRequiredService<BookingCodes>()));
                services.AddSingleton<IAuditLog>(sp => new MemoryAuditLog(Time(sp)));
                break;
        }
    }

    private static void AddStore<TStore>(IServiceCollection services, Func<IServiceProvider, TStore> create)
        where TStore : class, IIdeaStore, IIdeaProcessingStore, IIdeaReviewStore
    {
        services.AddSingleton(create);
        services.AddSingleton<IIdeaStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IIdeaProcessingStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IIdeaReviewStore>(sp => sp.GetRequiredService<TStore>());
    }

    private static SqliteStorageOptions Sqlite(IServiceProvider services) => services.GetRequiredService<IOptions<SqliteStorageOptions>>().Value;

    private static Npgsql.NpgsqlDataSource IdeasDataSource(IServiceProvider services) => services.GetRequiredKeyedService<Npgsql.NpgsqlDataSource>("ideas");

    private static TimeProvider Time(IServiceProvider services) => services.GetRequiredService<TimeProvider>();
}
