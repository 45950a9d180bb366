using Npgsql;

namespace IntegrationBot.Storage.Postgres;

/// <summary>Builds the pooled data source from <see cref="PostgresStorageOptions"/>.</summary>
public static class PostgresDataSources
{
    /// <summary>
    /// Turns on auto-preparation unless the connection string configures it: the store runs the same handful of
    /// statements every turn, and a prepared statement skips parse and plan on each of them.
    /// </summary>
    public static NpgsqlDataSource Create(PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        if (connectionString.MaxAutoPrepare == 0)
        {
            connectionString.MaxAutoPrepare = 20;
            connectionString.AutoPrepareMinUsages = 2;
        }
        return new NpgsqlDataSourceBuilder(connectionString.ConnectionString).Build();
    }
}
