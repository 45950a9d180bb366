using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Storage;

/// <summary>Which database keeps the bot's state (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The store in use. The default is <see cref="StorageProvider.Sqlite"/>.</summary>
    [EnumDataType(typeof(StorageProvider))]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;
}

/// <summary>The supported stores; all keep the same ETag contract.</summary>
public enum StorageProvider
{
    /// <summary>A local file: one instance, zero set-up (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several instances (scale-out).</summary>
    Postgres,

    /// <summary>In-process only; state is lost on restart (tests, demos).</summary>
    Memory,
}
