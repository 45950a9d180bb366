using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Storage.Sqlite;

/// <summary>The SQLite file (section <c>Storage:Sqlite</c>).</summary>
public sealed class SqliteStorageOptions
{
    public const string SectionName = "Storage:Sqlite";

    /// <summary>
    /// Path of the database file; a relative path is resolved against the process's current directory, and the
    /// folder is created on first run. The default is <c>data/integrationbot.db</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/integrationbot.db";

    /// <summary>
    /// How long one statement waits for another process's lock before the transient-failure retry takes over
    /// (writers inside this process queue without busy waiting). The default is 5 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// When a commit reaches the disk. <see cref="SqliteSynchronous.Normal"/> (the default, SQLite's advice for WAL)
    /// survives a crash of the bot but may lose the last commits on power loss or an OS crash, never consistency;
    /// <see cref="SqliteSynchronous.Full"/> syncs every commit (about 5 ms each here, so a few hundred turns a second).
    /// </summary>
    [EnumDataType(typeof(SqliteSynchronous))]
    public SqliteSynchronous Synchronous { get; set; } = SqliteSynchronous.Normal;
}

/// <summary>SQLite's <c>PRAGMA synchronous</c> levels that make sense in WAL mode.</summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}
