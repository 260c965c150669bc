using Microsoft.EntityFrameworkCore;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>
/// Options for design-time tools (<c>dotnet ef</c>, <c>scripts/add-migration.sh</c>) and model checks.
/// The provider comes from <c>--provider</c> in the arguments or the <c>CRM_EF_PROVIDER</c> variable; no server is contacted.
/// </summary>
public static class DesignTimeDatabase
{
    public static DbContextOptions<TContext> Options<TContext>(string[] args, string schema)
        where TContext : DbContext
    {
        var index = Array.IndexOf(args, "--provider");
        var providerText = index >= 0 && index + 1 < args.Length ? args[index + 1] : Environment.GetEnvironmentVariable("CRM_EF_PROVIDER");
        var provider = Enum.Parse<DatabaseProvider>(providerText ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        var database = provider switch
        {
            DatabaseProvider.Postgres => new DatabaseOptions(provider, "Host=localhost;Database=crm_design", "./data"),
            DatabaseProvider.SqlServer => new DatabaseOptions(provider, "Server=localhost;Database=crm_design;TrustServerCertificate=True", "./data"),
            _ => new DatabaseOptions(provider, null, Path.Combine(Path.GetTempPath(), "crm-design-time")),
        };
        var builder = new DbContextOptionsBuilder<TContext>();
        ModuleDbContextOptions.Apply(builder, database, schema);
        return builder.Options;
    }
}
