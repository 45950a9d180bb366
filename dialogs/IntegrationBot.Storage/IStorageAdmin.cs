namespace IntegrationBot.Storage;

/// <summary>What the host needs from a store besides documents: schema upgrades at start-up and a readiness ping.</summary>
public interface IStorageAdmin
{
    /// <summary>Applies the pending migrations (idempotent; safe when several instances start at once).</summary>
    Task<IReadOnlyList<Migrations.Migration>> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>One cheap round trip, without retries: readiness should report an outage, not wait it out.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}

/// <summary>The in-memory store has no schema and is always reachable.</summary>
public sealed class MemoryStorageAdmin : IStorageAdmin
{
    public Task<IReadOnlyList<Migrations.Migration>> MigrateAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Migrations.Migration>>([]);

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
