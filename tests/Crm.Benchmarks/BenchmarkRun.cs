namespace Crm.Benchmarks;

/// <summary>One measurement: a fresh database, a host started on it, time to ready, then RSS after the idle delay.</summary>
internal static class BenchmarkRun
{
    public static async Task<RunResult> ExecuteAsync(
        RepositoryLayout layout, PostgresServer postgres, Provider provider, int run, BenchmarkOptions options, CancellationToken cancellationToken)
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

        string? sqliteDirectory = null;
        if (provider == Provider.Sqlite)
        {
            sqliteDirectory = Directory.CreateTempSubdirectory("crm-bench-sqlite-").FullName;
            environment["Database__Provider"] = "Sqlite";
            environment["Database__SqliteDirectory"] = sqliteDirectory;
            environment["ConnectionStrings__Crm"] = null;
        }
        else
        {
            environment["Database__Provider"] = "Postgres";
            environment["ConnectionStrings__Crm"] = await postgres.CreateDatabaseAsync(run, cancellationToken);
        }

        try
        {
            var (host, startup) = await HostProcess.StartAndWaitUntilReadyAsync(layout, port, environment, options, cancellationToken);
            using (host)
            {
                await Task.Delay(options.IdleDelay, cancellationToken);
                return new RunResult(provider, run, startup, ProcessMemory.ResidentSetBytes(host.ProcessId));
            }
        }
        finally
        {
            if (sqliteDirectory is not null)
            {
                Directory.Delete(sqliteDirectory, recursive: true);
            }
        }
    }
}
