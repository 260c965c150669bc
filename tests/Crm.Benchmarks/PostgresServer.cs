using Npgsql;

namespace Crm.Benchmarks;

/// <summary>
/// The PostgreSQL server the benchmark uses: the one named by <c>CRM_BENCH_POSTGRES</c> (an admin connection string),
/// or else a throwaway PostgreSQL 15 cluster in a temp directory, stopped and deleted on dispose.
/// Every run gets a fresh database, so the host's startup includes all migrations.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private readonly string _adminConnectionString;
    private readonly string? _clusterDirectory;
    private readonly string _databasePrefix;
    private readonly List<string> _databases = [];

    private PostgresServer(string adminConnectionString, string? clusterDirectory, string description)
    {
        _adminConnectionString = adminConnectionString;
        _clusterDirectory = clusterDirectory;
        Description = description;
        // A throwaway cluster is ours alone; on a shared server, keep names from colliding with another run.
        _databasePrefix = clusterDirectory is null ? $"bench_{Environment.ProcessId}_" : "bench_";
    }

    public string Description { get; }

    private static bool IsRoot => Environment.UserName == "root";

    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var external = Environment.GetEnvironmentVariable("CRM_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new NpgsqlConnectionStringBuilder(external) { Pooling = false };
            return new PostgresServer(builder.ConnectionString, null, $"external server from CRM_BENCH_POSTGRES ({builder.Host}:{builder.Port})");
        }

        var directory = Directory.CreateTempSubdirectory("crm-bench-pg-").FullName;
        var port = FreePort.Next();
        var data = Path.Combine(directory, "data");
        try
        {
            if (IsRoot)
            {
                // initdb refuses to run as root: hand the directory to the postgres user and run as that user.
                await CommandRunner.RunAsync("chown", ["-R", "postgres:postgres", directory], cancellationToken);
            }

            await RunPostgresToolAsync(
                "initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], cancellationToken);
            await RunPostgresToolAsync(
                "pg_ctl",
                ["-D", data, "-o", $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={directory}",
                    "-l", Path.Combine(directory, "pg.log"), "-w", "start"],
                cancellationToken);
        }
        catch
        {
            await StopClusterAsync(directory);
            throw;
        }

        var admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
        return new PostgresServer(admin, directory, $"throwaway PostgreSQL 15 cluster on 127.0.0.1:{port} in {directory}");
    }

    /// <summary>Creates an empty database <c>bench_&lt;suffix&gt;</c> and returns the host's connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string suffix, CancellationToken cancellationToken)
    {
        var name = _databasePrefix + suffix;
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
        _databases.Add(name);
        var builder = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true };
        return _clusterDirectory is null
            ? builder.ConnectionString
            : $"Host=127.0.0.1;Port={builder.Port};Username=postgres;Database={name}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_clusterDirectory is not null)
        {
            await StopClusterAsync(_clusterDirectory);
            return;
        }

        foreach (var name in _databases)
        {
            try
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
            }
            catch (NpgsqlException ex)
            {
                await Console.Error.WriteLineAsync($"Could not drop database {name}: {ex.Message}");
            }
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(BinDirectory, tool);
        return IsRoot
            ? CommandRunner.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], cancellationToken)
            : CommandRunner.RunAsync(path, arguments, cancellationToken);
    }

    private static async Task StopClusterAsync(string directory)
    {
        var data = Path.Combine(directory, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                await RunPostgresToolAsync("pg_ctl", ["-D", data, "-m", "immediate", "stop"], CancellationToken.None);
            }
            catch (InvalidOperationException ex)
            {
                await Console.Error.WriteLineAsync($"Could not stop the throwaway cluster: {ex.Message}");
            }
        }

        Directory.Delete(directory, recursive: true);
    }
}
