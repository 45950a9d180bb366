using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace IntegrationBot.Testing.Postgres;

/// <summary>
/// A throw-away PostgreSQL cluster: initdb into a temp folder, listening on a free loopback port (and on a unix socket
/// inside that folder), with durability off for speed. <see cref="DisposeAsync"/> stops it and deletes the folder;
/// a ProcessExit handler and a watchdog process do the same if the test host ends without disposing.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    // No fsync, no synchronous commit, no full pages: the cluster's data dies with the test run anyway.
    private const string ServerOptions = "-F -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";

    private readonly PostgresBinaries _binaries;
    private readonly string _root;
    private readonly EventHandler _onProcessExit;
    private Process? _watchdog;
    private int _disposed;

    private PostgresCluster(PostgresBinaries binaries, string root, int port)
    {
        _binaries = binaries;
        _root = root;
        Port = port;
        _onProcessExit = (_, _) => StopAndDelete();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_root, "data");

    private string SocketDirectory => Path.Combine(_root, "socket");

    private string LogFile => Path.Combine(_root, "server.log");

    /// <summary>Connection string for <paramref name="database"/> as the superuser <c>postgres</c> (trust auth, loopback).</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        MaxPoolSize = 20,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>initdb + start; the caller owns the cluster and must dispose it.</summary>
    public static async Task<PostgresCluster> StartNewAsync(PostgresBinaries binaries, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), "integrationbot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(root, "socket"));
        if (binaries.RunAsUser is { } user)
            await ProcessRunner.RunAsync("chown", ["-R", $"{user}:", root], cancellationToken);

        var cluster = new PostgresCluster(binaries, root, FreeLoopbackPort());
        try
        {
            cluster.StartWatchdog();
            var (initdb, args) = binaries.Command(binaries.InitDb, "-D", cluster.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync");
            await ProcessRunner.RunAsync(initdb, args, cancellationToken);
            await cluster.StartAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the server (again); waits until it accepts connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = $"{ServerOptions} -p {Port.ToString(CultureInfo.InvariantCulture)} -k {SocketDirectory} -c listen_addresses=127.0.0.1";
        var (pgCtl, args) = _binaries.Command(_binaries.PgCtl, "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options, "start");
        try
        {
            await ProcessRunner.RunAsync(pgCtl, args, cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile, cancellationToken) : "(no server log)";
            throw new InvalidOperationException(e.Message + "\nServer log:\n" + log, e);
        }
    }

    /// <summary>Stops the server (fast shutdown: open connections are cut), keeping the data for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var (pgCtl, args) = _binaries.Command(_binaries.PgCtl, "-D", DataDirectory, "-w", "-m", "fast", "stop");
        await ProcessRunner.RunAsync(pgCtl, args, cancellationToken);
    }

    /// <summary>Creates an empty database (from template0) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    public ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        StopAndDelete();
        return ValueTask.CompletedTask;
    }

    private void StopAndDelete()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            var (pgCtl, args) = _binaries.Command(_binaries.PgCtl, "-D", DataDirectory, "-w", "-m", "immediate", "stop");
            ProcessRunner.RunQuietly(pgCtl, args);
        }
        _watchdog?.Kill(entireProcessTree: true);
        _watchdog?.Dispose();
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    // If the test host is killed (no ProcessExit), this detached shell outlives it, stops the server and deletes the
    // folder: `tail --pid` returns when the host's process ends. Started before initdb; the pause lets a server that
    // was starting at that moment write its pid file, so that pg_ctl can find and stop it.
    private void StartWatchdog()
    {
        var (pgCtl, pgCtlArgs) = _binaries.Command(_binaries.PgCtl, "-D", DataDirectory, "-m", "immediate", "stop");
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardInput = true };
        foreach (var argument in (string[])["sh", "-c", "tail --pid=\"$1\" -f /dev/null; sleep 2; shift; root=\"$1\"; shift; \"$@\" >/dev/null 2>&1; rm -rf \"$root\"",
                     "watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), _root, pgCtl, .. pgCtlArgs])
            info.ArgumentList.Add(argument);
        _watchdog = Process.Start(info);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
