using System.ComponentModel.DataAnnotations;

namespace IntegrationBot.Storage.Postgres;

/// <summary>The PostgreSQL server (section <c>Storage:Postgres</c>).</summary>
public sealed class PostgresStorageOptions
{
    public const string SectionName = "Storage:Postgres";

    /// <summary>
    /// An Npgsql connection string (keep the password in user secrets, an environment variable or Key Vault).
    /// Required when <c>Storage:Provider</c> is <c>Postgres</c>; there is no default. Unless the string says
    /// otherwise, statements are auto-prepared (<c>Max Auto Prepare=20</c>, <c>Auto Prepare Min Usages=2</c>).
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "";
}
