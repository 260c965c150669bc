using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>
/// <c>Database:Provider</c> (Sqlite by default), <c>ConnectionStrings:Crm</c> for Postgres and SqlServer,
/// <c>Database:SqliteDirectory</c> (default <c>./data</c>) where SQLite keeps one file per module.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string? ConnectionString, string SqliteDirectory)
{
    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{providerText}'; use one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString("Crm");
        if (provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:Crm (environment variable ConnectionStrings__Crm).");
        }

        var sqliteDirectory = configuration["Database:SqliteDirectory"];
        return new DatabaseOptions(provider, connectionString, string.IsNullOrWhiteSpace(sqliteDirectory) ? "./data" : sqliteDirectory);
    }

    public string SqliteConnectionString(string schema)
    {
        var directory = Path.GetFullPath(SqliteDirectory);
        Directory.CreateDirectory(directory);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, schema + ".db") }.ConnectionString;
    }
}
