using Crm.Shared.Infrastructure.Modules;
using FluentValidation;
using MassTransit;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.ArchitectureTests;

/// <summary>Rule 1: everything in a module is internal but its module class; handlers, validators, consumers are never public.</summary>
internal sealed class VisibilityTests
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<>),
        typeof(ICommandHandler<,>),
        typeof(IQueryHandler<,>),
        typeof(IRequestHandler<>),
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IStreamCommandHandler<,>),
        typeof(IStreamQueryHandler<,>),
        typeof(IStreamRequestHandler<,>),
    ];

    private static IEnumerable<Type> ModuleTypes => ModuleAssemblies.Modules.SelectMany(ModuleAssemblies.TypesOf);

    private static IEnumerable<Type> AllModuleAndContractsTypes => ModuleAssemblies.AllTypes;

    private static IEnumerable<Type> Handlers => AllModuleAndContractsTypes.Where(t => Implements(t, HandlerInterfaces));

    private static IEnumerable<Type> Validators => AllModuleAndContractsTypes.Where(t => Implements(t, typeof(IValidator<>)) || DerivesFrom(t, typeof(AbstractValidator<>)));

    private static IEnumerable<Type> Consumers => AllModuleAndContractsTypes.Where(t => Implements(t, typeof(IConsumer<>)));

    private static IEnumerable<Type> DbContexts => AllModuleAndContractsTypes.Where(t => t.IsSubclassOf(typeof(DbContext)));

    private static IEnumerable<Type> ModuleClasses => AllModuleAndContractsTypes.Where(t => typeof(IModule).IsAssignableFrom(t) && !t.IsInterface);

    [Test]
    public void ModuleAssembly_WhenPublicTypesListed_HasOnlyItsModuleClass()
    {
        var offenders = ModuleAssemblies.Modules
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !(typeof(IModule).IsAssignableFrom(t) && t.Name.EndsWith("Module", StringComparison.Ordinal)))
            // dotnet ef generates migrations as public classes; nothing outside the module refers to them.
            .Where(t => !t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)));

        Assert.That(offenders, Is.Empty, () => "Only the *Module class of a module may be public; make these internal:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void ModuleAssembly_WhenPublicTypesListed_ExposesItsModuleClass()
    {
        // Sanity for the rule above, and the host needs the module class: each module exports exactly one.
        var offenders = ModuleAssemblies.Modules
            .Where(a => a.GetExportedTypes().Count(t => typeof(IModule).IsAssignableFrom(t)) != 1)
            .Select(ModuleAssemblies.NameOf);

        Assert.That(offenders, Is.Empty, () => "Module assemblies without exactly one public IModule:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void Handlers_WhenInModuleAssemblies_AreNotPublic()
    {
        var offenders = Handlers.Where(t => t.IsVisible);

        Assert.That(offenders, Is.Empty, () => "Mediator handlers must be internal:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void Validators_WhenInModuleAssemblies_AreNotPublic()
    {
        var offenders = Validators.Where(t => t.IsVisible);

        Assert.That(offenders, Is.Empty, () => "FluentValidation validators must be internal:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void Consumers_WhenInModuleAssemblies_AreNotPublic()
    {
        var offenders = Consumers.Where(t => t.IsVisible);

        Assert.That(offenders, Is.Empty, () => "MassTransit consumers must be internal:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void DbContexts_WhenInModuleAssemblies_AreNotPublic()
    {
        var offenders = DbContexts.Where(t => t.IsVisible);

        Assert.That(offenders, Is.Empty, () => "A module's DbContext must be internal:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void ModuleClasses_WhenInModuleAssemblies_AreSealed()
    {
        var offenders = ModuleClasses.Where(t => !t.IsSealed);

        Assert.That(offenders, Is.Empty, () => "Module classes must be sealed:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void Discovery_WhenRun_FindsHandlersValidatorsConsumersDbContextsAndModuleClasses()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Handlers.Select(t => t.Name), Does.Contain("CreateContactHandler").And.Contain("GetContactsCreatedPerDayHandler"));
            Assert.That(Validators.Select(t => t.Name), Does.Contain("CreateContactValidator"));
            Assert.That(Consumers.Select(t => t.Name), Does.Contain("ContactCreatedConsumer"));
            Assert.That(DbContexts.Select(t => t.Name), Does.Contain("ContactsDbContext").And.Contain("ReportingDbContext"));
            Assert.That(ModuleClasses.Count(), Is.GreaterThanOrEqualTo(2));
            Assert.That(ModuleTypes.Count(t => !t.IsVisible), Is.GreaterThan(ModuleTypes.Count(t => t.IsVisible)));
        });
    }

    private static bool Implements(Type type, params Type[] openInterfaces) =>
        type is { IsClass: true, IsAbstract: false }
        && type.GetInterfaces().Any(i => i.IsGenericType && openInterfaces.Contains(i.GetGenericTypeDefinition()));

    private static bool DerivesFrom(Type type, Type openBase)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == openBase)
            {
                return true;
            }
        }

        return false;
    }
}
