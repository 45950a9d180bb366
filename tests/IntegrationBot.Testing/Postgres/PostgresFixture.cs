namespace IntegrationBot.Testing.Postgres;

/// <summary>
/// One throw-away cluster for a whole test assembly, started on first use; each test asks for its own database.
/// Register it once per assembly with <c>[assembly: AssemblyFixture(typeof(PostgresFixture))]</c> and take it as a
/// constructor parameter. Without PostgreSQL binaries the tests skip (and fail on CI).
/// </summary>
public sealed class PostgresFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lazy<Task<PostgresBinaries?>> _binaries = new(() => PostgresBinaries.FindAsync(CancellationToken.None));
    private PostgresCluster? _cluster;

    /// <summary>A fresh, empty database on the shared cluster; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var cluster = await ClusterAsync(cancellationToken);
        return await cluster.CreateDatabaseAsync(cancellationToken);
    }

    /// <summary>
    /// A private cluster for tests that stop and start the server (an outage must not hit other tests' databases).
    /// The caller disposes it.
    /// </summary>
    public async Task<PostgresCluster> StartPrivateClusterAsync(CancellationToken cancellationToken) =>
        await PostgresCluster.StartNewAsync(await BinariesAsync(cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
        _gate.Dispose();
    }

    private async Task<PostgresCluster> ClusterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _cluster ??= await PostgresCluster.StartNewAsync(await BinariesAsync(cancellationToken), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<PostgresBinaries> BinariesAsync(CancellationToken cancellationToken)
    {
        var binaries = await _binaries.Value.WaitAsync(cancellationToken);
        if (binaries is null)
            Infrastructure.SkipUnlessCi("PostgreSQL server binaries (initdb, pg_ctl) were not found; install the postgresql package or set INTEGRATIONBOT_PG_BIN.");
        return binaries!;
    }
}
