using Crm.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.IntegrationTests.Persistence;

/// <summary>
/// Every module's migrations are current with its model on every provider, SQL Server included (checked without a
/// server: building the model and comparing it with the snapshot needs none).
/// </summary>
internal sealed class ModelMigrationsTests
{
    private static readonly DatabaseProvider[] Providers = Enum.GetValues<DatabaseProvider>();

    private static IEnumerable<TestCaseData> ModuleContextsOnEveryProvider() =>
        from factory in DesignTimeFactories()
        from provider in Providers
        select new TestCaseData(factory, provider).SetArgDisplayNames(factory.Name.Replace("DesignTimeDbContextFactory", string.Empty, StringComparison.Ordinal), provider.ToString());

    [Test]
    public void EveryModuleWithADatabase_HasADesignTimeFactory() =>
        Assert.That(DesignTimeFactories().Select(f => f.Name), Is.SupersetOf(new[] { "ContactsDesignTimeDbContextFactory", "ReportingDesignTimeDbContextFactory" }));

    [TestCaseSource(nameof(ModuleContextsOnEveryProvider))]
    public void Migrations_OfEveryModuleAndProvider_MatchTheModel(Type factoryType, DatabaseProvider provider)
    {
        using var context = CreateContext(factoryType, provider);
        Assert.Multiple(() =>
        {
            Assert.That(context.Database.GetMigrations(), Is.Not.Empty, "the module has migrations for this provider");
            Assert.That(context.Database.HasPendingModelChanges(), Is.False, $"run scripts/add-migration.sh for {context.GetType().Name}: the {provider} migrations are behind the model");
        });
    }

    [TestCaseSource(nameof(ModuleContextsOnEveryProvider))]
    public void Migrations_SeeOnlyTheirOwnProvidersSet(Type factoryType, DatabaseProvider provider)
    {
        using var context = CreateContext(factoryType, provider);
        var namespaces = context.Database.GetMigrations()
            .Select(id => context.GetService<IMigrationsAssembly>().Migrations[id].Namespace)
            .Distinct();
        Assert.That(namespaces, Is.All.EndsWith($".Migrations.{provider}"));
    }

    private static DbContext CreateContext(Type factoryType, DatabaseProvider provider)
    {
        var factory = Activator.CreateInstance(factoryType, nonPublic: true)!;
        var create = factoryType.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        return (DbContext)create.Invoke(factory, [new[] { "--provider", provider.ToString() }])!;
    }

    private static IEnumerable<Type> DesignTimeFactories() =>
        AppDomain.CurrentDomain.GetAssemblies().Concat(LoadModuleAssemblies())
            .Distinct()
            .Where(a => a.GetName().Name?.StartsWith("Crm.Modules.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(t => t.Name);

    private static IEnumerable<System.Reflection.Assembly> LoadModuleAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Crm.Modules.*.dll")
            .Select(path => System.Reflection.Assembly.Load(Path.GetFileNameWithoutExtension(path)));
}
