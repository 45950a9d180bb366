using Microsoft.Data.Sqlite;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>Where the file is and how connections to it are opened (pooled by Microsoft.Data.Sqlite).</summary>
internal sealed class SqliteDatabase
{
    private volatile bool _folderExists;

    public SqliteDatabase(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FullPath = Path.GetFullPath(options.Path);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY itself until a command's timeout, which this sets.
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    public string FullPath { get; }

    public string ConnectionString { get; }

    public SqliteConnection Open()
    {
        if (!_folderExists)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FullPath)!);
            _folderExists = true;
        }
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
