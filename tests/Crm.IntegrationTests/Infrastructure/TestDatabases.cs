using Crm.Shared.Infrastructure.Persistence;

namespace Crm.IntegrationTests.Infrastructure;

/// <summary>Hands out empty databases: a PostgreSQL database in the run's cluster, or a folder for SQLite files.</summary>
internal static class TestDatabases
{
    private static readonly List<string> SqliteFolders = [];
    private static PostgresCluster? _cluster;
    private static int _counter;

    public static async Task<CrmApp> NewAppAsync(DatabaseProvider provider, bool relayEnabled = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var name = $"crm_test_{Interlocked.Increment(ref _counter)}";
        if (provider == DatabaseProvider.Postgres)
        {
            _cluster ??= await PostgresCluster.StartAsync();
            var connectionString = await _cluster.CreateDatabaseAsync(name);
            return new CrmApp(provider, connectionString, string.Empty, relayEnabled, settings);
        }

        var folder = Directory.CreateTempSubdirectory("crm-sqlite-").FullName;
        SqliteFolders.Add(folder);
        return new CrmApp(provider, null, folder, relayEnabled, settings);
    }

    public static async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        foreach (var folder in SqliteFolders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
