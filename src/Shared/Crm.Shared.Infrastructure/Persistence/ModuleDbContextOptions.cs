using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>The one place that turns <see cref="DatabaseOptions"/> into EF Core options for a module's context.</summary>
public static class ModuleDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <remarks>
    /// Queries are single SQL statements, EF's default, said explicitly: a query that loads several collections (a
    /// contact with its company links and their names) does so in one round trip on purpose.
    /// A list of values a query holds (<c>ids.Contains(c.Id)</c>) goes to SQLite and SQL Server as one JSON parameter:
    /// EF Core's default, one parameter per value, fails past SQLite's 32,766 and SQL Server's 2,100 (a search text
    /// held by 40,000 contacts). PostgreSQL takes the list as one array parameter anyway.
    /// </remarks>
    public static DbContextOptionsBuilder Apply(DbContextOptionsBuilder builder, DatabaseOptions database, string schema)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(database.SqliteConnectionString(schema), sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                        .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    // SQLite has no schemas: each module has its own file instead, so the schema is ignored on purpose.
                    .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning))
                    .AddInterceptors(SqliteDurabilityInterceptor.Instance, SqliteUnicodeCase.Instance);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(WithPreparedStatements(database.ConnectionString), npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(database.ConnectionString, sqlServer => sqlServer.MigrationsHistoryTable(MigrationsHistoryTable, schema).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                    .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        return builder
            .UseSnakeCaseNamingConvention()
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    /// <summary>
    /// A statement sent twice on a pooled connection is prepared there, and PostgreSQL no longer parses and plans it on
    /// every request (the session check, a contact's read: docs/adr/0014). A connection string that says
    /// <c>Max Auto Prepare</c> itself (0 behind a transaction-pooling PgBouncer) is left as it is.
    /// </summary>
    internal static string WithPreparedStatements(string? connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
