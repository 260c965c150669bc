using System.Diagnostics;
using Crm.IntegrationTests.Infrastructure;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Crm.IntegrationTests.Persistence;

/// <summary>
/// A migration that fails stops the real host process with a non-zero exit and a clear log line, and leaves
/// the module's schema as it was: tables the failed migration created before failing are rolled back.
/// </summary>
internal sealed class FailedMigrationTests
{
    private const string FailureLog = "Migrating the database of module contacts failed";

    [Test]
    public async Task FailingMigration_OnSqlite_StopsTheProcessAndLeavesNoHalfMigratedSchema()
    {
        var folder = Directory.CreateTempSubdirectory("crm-failed-migration-").FullName;
        try
        {
            var file = Path.Combine(folder, "contacts.db");
            await Execute(new SqliteConnection($"Data Source={file};Pooling=false"), "CREATE TABLE outbox_messages (squatter INTEGER)");

            var (exitCode, output) = await RunHost(("Database__Provider", "Sqlite"), ("Database__SqliteDirectory", folder));

            Assert.Multiple(async () =>
            {
                Assert.That(exitCode, Is.Not.Zero, output);
                Assert.That(output, Does.Contain(FailureLog));
                Assert.That(await TableExists(new SqliteConnection($"Data Source={file};Pooling=false"), "SELECT count(*) FROM sqlite_master WHERE name = 'contacts'"), Is.False, "the contacts table created earlier in the migration was rolled back");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task FailingMigration_OnPostgres_StopsTheProcessAndLeavesNoHalfMigratedSchema()
    {
        await using var app = await TestDatabases.NewAppAsync(DatabaseProvider.Postgres);
        await Execute(new NpgsqlConnection(app.ConnectionString), "CREATE SCHEMA contacts; CREATE TABLE contacts.outbox_messages (squatter int)");

        var (exitCode, output) = await RunHost(("Database__Provider", "Postgres"), ("ConnectionStrings__Crm", app.ConnectionString!));

        Assert.Multiple(async () =>
        {
            Assert.That(exitCode, Is.Not.Zero, output);
            Assert.That(output, Does.Contain(FailureLog));
            Assert.That(await TableExists(new NpgsqlConnection(app.ConnectionString), "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'contacts' AND table_name = 'contacts'"), Is.False, "the contacts table created earlier in the migration was rolled back");
        });
    }

    private static async Task<(int ExitCode, string Output)> RunHost(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "Crm.Host.dll"))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "None";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The host kept running although its migration failed: " + await output);
        }

        return (process.ExitCode, await output + await error);
    }

    private static async Task Execute(System.Data.Common.DbConnection connection, string sql)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }

    private static async Task<bool> TableExists(System.Data.Common.DbConnection connection, string countSql)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = countSql;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
    }
}
