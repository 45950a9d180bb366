using System.Globalization;

namespace IntegrationBot.Testing.Postgres;

/// <summary>
/// Finds the machine's PostgreSQL server binaries: <c>INTEGRATIONBOT_PG_BIN</c>, else the newest
/// <c>/usr/lib/postgresql/N/bin</c> (Debian), else <c>pg_config --bindir</c>, else initdb on PATH.
/// initdb refuses to run as root, so as root every server command runs as the <c>postgres</c> user (runuser).
/// </summary>
public sealed record PostgresBinaries(string BinDirectory, string? RunAsUser)
{
    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    public static async Task<PostgresBinaries?> FindAsync(CancellationToken cancellationToken)
    {
        var directory = await FindDirectoryAsync(cancellationToken);
        if (directory is null)
            return null;
        if (!Environment.IsPrivilegedProcess)
            return new PostgresBinaries(directory, null);
        return File.Exists("/usr/sbin/runuser") && HasUser("postgres") ? new PostgresBinaries(directory, "postgres") : null;
    }

    /// <summary>The command line that runs <paramref name="tool"/> as the cluster's owner.</summary>
    public (string FileName, List<string> Arguments) Command(string tool, params IEnumerable<string> arguments)
    {
        if (RunAsUser is null)
            return (tool, [.. arguments]);
        return ("/usr/sbin/runuser", ["-u", RunAsUser, "--", tool, .. arguments]);
    }

    private static async Task<string?> FindDirectoryAsync(CancellationToken cancellationToken)
    {
        var overridden = Environment.GetEnvironmentVariable("INTEGRATIONBOT_PG_BIN");
        if (!string.IsNullOrEmpty(overridden))
            return File.Exists(Path.Combine(overridden, "initdb")) ? overridden : null;

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(x => x.version > 0 && File.Exists(Path.Combine(x.dir, "bin", "initdb")))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.dir, "bin"))
                .FirstOrDefault();
            if (newest is not null)
                return newest;
        }

        var fromPgConfig = await TryPgConfigAsync(cancellationToken);
        if (fromPgConfig is not null && File.Exists(Path.Combine(fromPgConfig, "initdb")))
            return fromPgConfig;

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")));
    }

    private static async Task<string?> TryPgConfigAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await ProcessRunner.RunAsync("pg_config", ["--bindir"], cancellationToken)).Trim();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null; // pg_config is not installed: the other probes decide.
        }
    }

    private static bool HasUser(string name) =>
        File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(line => line.StartsWith(name + ":", StringComparison.Ordinal));
}
