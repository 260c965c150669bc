using System.Data.Common;
using Crm.Modules.Identity.Seeding;
using Crm.Modules.Identity.Visibility;
using Crm.Modules.SalesPipeline.Features.Setup;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace Crm.IntegrationTests.Infrastructure;

/// <summary>
/// A running app whose data Respawn wipes between tests (migration history kept). Its outbox relays are off, so no
/// event from one test reaches the next and nothing writes while Respawn deletes: a test that needs its events
/// delivered drains the outboxes itself.
/// </summary>
internal sealed class SharedApp : IAsyncDisposable
{
    private static readonly string[] Schemas = ["identity", "contacts", "sales", "activities", "reporting"];
    private readonly List<(DbConnection Connection, Respawner Respawner)> _respawners;

    private SharedApp(CrmApp app, List<(DbConnection, Respawner)> respawners)
    {
        App = app;
        _respawners = respawners;
    }

    public CrmApp App { get; }

    /// <summary>An app of its own on a new database; <paramref name="settings"/> adds to <see cref="CrmApp"/>'s.</summary>
    public static async Task<SharedApp> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = await TestDatabases.NewAppAsync(provider, relayEnabled: false, settings);
        app.CreateClient().Dispose(); // starts the host, which migrates every module
        var respawners = new List<(DbConnection, Respawner)>();
        if (provider == DatabaseProvider.Postgres)
        {
            var connection = new NpgsqlConnection(app.ConnectionString);
            await connection.OpenAsync();
            respawners.Add((connection, await Respawner.CreateAsync(connection, new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = Schemas,
                TablesToIgnore = [new Table(ModuleDbContextOptions.MigrationsHistoryTable)],
            })));
        }
        else
        {
            foreach (var file in Directory.GetFiles(app.SqliteDirectory, "*.db"))
            {
                var connection = new SqliteConnection($"Data Source={file}");
                await connection.OpenAsync();
                await using (var keysOff = connection.CreateCommand())
                {
                    // Respawn cannot order deletes around a self-reference (teams below teams) in SQLite.
                    keysOff.CommandText = "PRAGMA foreign_keys = OFF";
                    await keysOff.ExecuteNonQueryAsync();
                }

                // Full-text tables are emptied by their tables' triggers; Respawn must not write to them.
                var fullText = await FullTextTablesAsync(connection);
                respawners.Add((connection, await Respawner.CreateAsync(connection, new RespawnerOptions
                {
                    DbAdapter = DbAdapter.Sqlite,
                    TablesToIgnore = [new Table(ModuleDbContextOptions.MigrationsHistoryTable), .. fullText.Select(t => new Table(t))],
                })));
            }
        }

        return new SharedApp(app, respawners);
    }

    private static async Task<List<string>> FullTextTablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_fts%' ESCAPE '\\'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Empties every module's tables, then seeds again what start-up seeds (built-in roles, administrator, first pipeline).</summary>
    public async Task ResetAsync()
    {
        foreach (var (connection, respawner) in _respawners)
        {
            await respawner.ResetAsync(connection);
        }

        App.Services.GetRequiredService<DirectoryCache>().Invalidate();
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<SalesSeeder>().SeedAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, _) in _respawners)
        {
            await connection.DisposeAsync();
        }

        await App.DisposeAsync();
    }
}
