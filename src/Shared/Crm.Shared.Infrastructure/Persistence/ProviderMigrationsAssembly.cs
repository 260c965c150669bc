#pragma warning disable EF1001 // MigrationsAssembly is EF's internal default; we only narrow what it finds.
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>
/// A module keeps one migration set per provider in one assembly, under <c>…Migrations.Sqlite</c>,
/// <c>…Migrations.Postgres</c> and <c>…Migrations.SqlServer</c>. EF would otherwise see all three sets;
/// this keeps only the active provider's migrations and model snapshot (see ADR 0004).
/// </summary>
internal sealed class ProviderMigrationsAssembly : MigrationsAssembly
{
    private readonly string _namespaceSuffix;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    public ProviderMigrationsAssembly(
        ICurrentDbContext currentContext,
        IDbContextOptions options,
        IMigrationsIdGenerator idGenerator,
        IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
        : base(currentContext, options, idGenerator, logger)
    {
        _namespaceSuffix = ".Migrations." + ProviderNames.FromEfProvider(currentContext.Context.Database.ProviderName);
        var contextType = currentContext.Context.GetType();
        _migrations = new Lazy<IReadOnlyDictionary<string, TypeInfo>>(() => new SortedList<string, TypeInfo>(
            Assembly.GetTypes()
                .Where(t => t.IsSubclassOf(typeof(Migration)) && !t.IsAbstract && InProviderNamespace(t)
                    && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
                .ToDictionary(t => t.GetCustomAttribute<MigrationAttribute>()!.Id, t => t.GetTypeInfo())));
        _snapshot = new Lazy<ModelSnapshot?>(() => Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ModelSnapshot)) && !t.IsAbstract && InProviderNamespace(t)
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!)
            .FirstOrDefault());
    }

    public override IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    public override ModelSnapshot? ModelSnapshot => _snapshot.Value;

    private bool InProviderNamespace(Type type) => type.Namespace?.EndsWith(_namespaceSuffix, StringComparison.Ordinal) == true;
}
