using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>The one place that turns <see cref="DatabaseOptions"/> into EF Core options for a module's context.</summary>
public static class ModuleDbContextOptions
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <remarks>
    /// Queries are single SQL statements, EF's default, said explicitly: a query that loads several collections (a
    /// contact with its company links and their names) does so in one round trip on purpose.
    /// </remarks>
    public static DbContextOptionsBuilder Apply(DbContextOptionsBuilder builder, DatabaseOptions database, string schema)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(database.SqliteConnectionString(schema), sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                    // SQLite has no schemas: each module has its own file instead, so the schema is ignored on purpose.
                    .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning))
                    .AddInterceptors(SqliteDurabilityInterceptor.Instance, SqliteUnicodeCase.Instance);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(database.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(database.ConnectionString, sqlServer => sqlServer.MigrationsHistoryTable(MigrationsHistoryTable, schema).UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        return builder
            .UseSnakeCaseNamingConvention()
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }
}
