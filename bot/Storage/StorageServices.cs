using IntegrationBot.Engine.State;
using IntegrationBot.Storage;
using IntegrationBot.Storage.Postgres;
using IntegrationBot.Storage.Resilience;
using IntegrationBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace IntegrationBot.Host.Storage;

/// <summary>
/// Chooses the state store by <c>Storage:Provider</c> (Sqlite, the default; Postgres; Memory), migrates its schema at
/// start-up, and reports it to readiness as the health check "store" (tag "ready").
/// </summary>
public static class StorageServices
{
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        AddValidatedOptions<StorageOptions>(services, StorageOptions.SectionName);
        AddValidatedOptions<StorageRetryOptions>(services, StorageRetryOptions.SectionName);
        services.AddKeyedSingleton(RetryKey, (sp, _) => CreateRetry(sp));

        // The provider decides which services exist, so it is read now; ValidateOnStart still checks the section.
        var provider = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Provider ?? StorageProvider.Sqlite;
        switch (provider)
        {
            case StorageProvider.Sqlite:
                AddValidatedOptions<SqliteStorageOptions>(services, SqliteStorageOptions.SectionName);
                AddStore(services, sp => new SqliteStateStore(
                    sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value, Retry(sp), sp.GetRequiredService<TimeProvider>()));
                break;
            case StorageProvider.Postgres:
                AddValidatedOptions<PostgresStorageOptions>(services, PostgresStorageOptions.SectionName);
                AddStore(services, sp => new PostgresStateStore(
                    sp.GetRequiredService<IOptions<PostgresStorageOptions>>().Value, Retry(sp), sp.GetRequiredService<TimeProvider>()));
                break;
            case StorageProvider.Memory:
                services.AddSingleton(sp => new MemoryStateStore(sp.GetRequiredService<TimeProvider>()));
                services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<MemoryStateStore>());
                services.AddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<MemoryStateStore>());
                services.AddSingleton<IStorageAdmin, MemoryStorageAdmin>();
                break;
            default:
                throw new InvalidOperationException($"Unknown Storage:Provider '{provider}'.");
        }

        EventStoreServices.AddEventStores(services, provider);
        IdeaStoreServices.AddIdeaStores(services, provider);
        services.AddHostedService<StorageMigrationService>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    // One instance serves all three roles, so documents and deliveries share a connection pool and a file.
    private static void AddStore<TStore>(IServiceCollection services, Func<IServiceProvider, TStore> create)
        where TStore : class, IStateStore, IDeliveryLog, IStorageAdmin
    {
        services.AddSingleton(create);
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<TStore>());
        services.AddSingleton<IStorageAdmin>(sp => sp.GetRequiredService<TStore>());
    }

    private const string RetryKey = "store";

    /// <summary>The one retry pipeline (with its logging) every store on the bot's database uses.</summary>
    internal static ResiliencePipeline Retry(IServiceProvider services) => services.GetRequiredKeyedService<ResiliencePipeline>(RetryKey);

    private static ResiliencePipeline CreateRetry(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("IntegrationBot.Storage.Retry");
        return StoreRetry.CreatePipeline(
            services.GetRequiredService<IOptions<StorageRetryOptions>>().Value,
            services.GetRequiredService<TimeProvider>(),
            args =>
            {
                // The exception type and SQL state say enough; messages may quote keys, which contain user ids.
                logger.LogWarning("Store operation failed transiently ({Error}); retry {Attempt} in {Delay} ms",
                    args.Outcome.Exception?.GetType().Name, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            });
    }

    private static void AddValidatedOptions<TOptions>(IServiceCollection services, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
