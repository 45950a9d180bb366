using IntegrationBot.Domain.Events;
using IntegrationBot.Domain.Registrations;
using IntegrationBot.Host.Registrations;
using IntegrationBot.Storage;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Host.Storage;

/// <summary>
/// The event catalogue and registrations on the same provider (and database) as the bot state. Flows get the store
/// through <see cref="SignallingRegistrationStore"/>, which wakes the follow-up job after a promotion.
/// </summary>
internal static class EventStoreServices
{
    public static void AddEventStores(IServiceCollection services, StorageProvider provider)
    {
        services.AddSingleton(new BookingCodes());
        services.AddSingleton<FollowUpSignal>();
        switch (provider)
        {
            case StorageProvider.Sqlite:
                AddStore(services, sp => new SqliteEventStore(
                    sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value, StorageServices.Retry(sp), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BookingCodes>()));
                break;
            case StorageProvider.Postgres:
                // Its own pool: registrations hold a transaction across a few statements and should not starve state reads.
                services.AddKeyedSingleton("events", (sp, _) => PostgresDataSources.Create(sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value));
                services.AddSingleton<IEventCatalog>(sp => new PostgresEventCatalog(
                    sp.GetRequiredKeyedService<Npgsql.NpgsqlDataSource>("events"), StorageServices.Retry(sp), sp.GetRequiredService<TimeProvider>()));
                services.AddSingleton(sp => new PostgresRegistrationStore(
                    sp.GetRequiredKeyedService<Npgsql.NpgsqlDataSource>("events"), StorageServices.Retry(sp), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BookingCodes>()));
                AddRegistrations<PostgresRegistrationStore>(services);
                break;
            default:
                AddStore(services, sp => new MemoryEventStore(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BookingCodes>()));
                break;
        }
    }

    private static void AddStore<TStore>(IServiceCollection services, Func<IServiceProvider, TStore> create)
        where TStore : class, IEventCatalog, IRegistrationStore, IRegistrationFollowUps
    {
        services.AddSingleton(create);
        services.AddSingleton<IEventCatalog>(sp => sp.GetRequiredService<TStore>());
        AddRegistrations<TStore>(services);
    }

    private static void AddRegistrations<TStore>(IServiceCollection services)
        where TStore : class, IRegistrationStore, IRegistrationFollowUps
    {
        services.AddSingleton<IRegistrationStore>(sp => new SignallingRegistrationStore(sp.GetRequiredService<TStore>(), sp.GetRequiredService<FollowUpSignal>()));
        services.AddSingleton<IRegistrationFollowUps>(sp => sp.GetRequiredService<TStore>());
    }
}
