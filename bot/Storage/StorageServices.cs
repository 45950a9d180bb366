using IntegrationBot.Engine.State;

namespace IntegrationBot.Host.Storage;

/// <summary>Chooses the state store by <c>Storage:Provider</c>.</summary>
public static class StorageServices
{
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        // Placeholder until the SQLite and PostgreSQL providers land: in-memory state.
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MemoryStateStore>();
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<MemoryStateStore>());
        services.AddSingleton<IDeliveryLog>(sp => sp.GetRequiredService<MemoryStateStore>());
        return services;
    }
}
