namespace Crm.Benchmarks;

/// <summary>
/// The environment of one host process on a fresh database of the given provider: a free loopback port, a new SQLite
/// folder or a new PostgreSQL database, warnings-only logging. Disposing deletes the SQLite folder.
/// </summary>
internal sealed class HostSetup : IDisposable
{
    private readonly string? _sqliteDirectory;

    private HostSetup(int port, Dictionary<string, string?> environment, string? sqliteDirectory)
    {
        Port = port;
        Environment = environment;
        _sqliteDirectory = sqliteDirectory;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public Dictionary<string, string?> Environment { get; }

    public static async Task<HostSetup> CreateAsync(Provider provider, PostgresServer postgres, string databaseName, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}";
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = url,
            // A "Urls" setting in any configuration file outranks ASPNETCORE_URLS; the unprefixed variable outranks the files.
            ["Urls"] = url,
            ["Logging__LogLevel__Default"] = "Warning",
        };

        if (provider == Provider.Sqlite)
        {
            var sqliteDirectory = Directory.CreateTempSubdirectory("crm-bench-sqlite-").FullName;
            environment["Database__Provider"] = "Sqlite";
            environment["Database__SqliteDirectory"] = sqliteDirectory;
            environment["ConnectionStrings__Crm"] = null;
            return new HostSetup(port, environment, sqliteDirectory);
        }

        environment["Database__Provider"] = "Postgres";
        environment["ConnectionStrings__Crm"] = await postgres.CreateDatabaseAsync(databaseName, cancellationToken);
        return new HostSetup(port, environment, null);
    }

    public void Dispose()
    {
        if (_sqliteDirectory is not null)
        {
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
    }
}
