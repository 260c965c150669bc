using System.Reflection;
using NetArchTest.Rules;

namespace Crm.ArchitectureTests;

/// <summary>Rule 1: the domain depends on nothing but the Kernel (and System), and on pure calculation libraries.</summary>
internal sealed class DomainDependencyTests
{
    private const string DomainPart = ".Domain";

    /// <summary>Libraries that only compute, with no I/O: RFC 5545 recurrences and time zones (ADR 0025).</summary>
    private static readonly string[] CalculationLibraries = ["Ical.Net"];

    private static readonly string[] Frameworks =
    [
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore",
        "Microsoft.Extensions",
        "MassTransit",
        "Mediator",
        "FluentValidation",
        "Npgsql",
        "Microsoft.Data",
        "Crm.Shared.Infrastructure",
        "Crm.Host",
    ];

    [Test]
    public void DomainTypes_WhenDependenciesRead_AvoidFrameworksInfrastructureAndOtherLayers()
    {
        var offenders = new List<string>();
        foreach (var module in ModuleAssemblies.Modules)
        {
            var result = Types.InAssembly(module)
                .That().ResideInNamespaceContaining(DomainPart)
                .ShouldNot().HaveDependencyOnAny(ForbiddenFor(module))
                .GetResult();
            offenders.AddRange(result.FailingTypeNames ?? []);
        }

        Assert.That(
            offenders,
            Is.Empty,
            () => "Domain types depend on EF Core, ASP.NET Core, MassTransit, Mediator, FluentValidation, infrastructure or their module's other folders:"
                + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void DomainTypes_WhenDependenciesRead_DependOnlyOnSystemKernelAndOwnDomain()
    {
        var offenders = new List<string>();
        foreach (var module in ModuleAssemblies.Modules)
        {
            var result = Types.InAssembly(module)
                .That().ResideInNamespaceContaining(DomainPart)
                .Should().OnlyHaveDependenciesOn(["System", ModuleAssemblies.KernelName, ModuleAssemblies.NameOf(module) + DomainPart, .. CalculationLibraries])
                .GetResult();
            offenders.AddRange(result.FailingTypeNames ?? []);
        }

        Assert.That(offenders, Is.Empty, () => "Domain types may use System.*, Crm.Shared.Kernel, calculation libraries and their own module's Domain only:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void DomainDiscovery_WhenRun_FindsDomainTypes()
    {
        var domainTypes = ModuleAssemblies.Modules.SelectMany(DomainTypesOf).Select(t => t.FullName);
        var selectedByNetArchTest = ModuleAssemblies.Modules
            .SelectMany(a => Types.InAssembly(a).That().ResideInNamespaceContaining(DomainPart).GetTypes())
            .Select(t => t.FullName);

        Assert.Multiple(() =>
        {
            Assert.That(domainTypes, Does.Contain("Crm.Modules.Contacts.Domain.Contacts.Contact"));
            Assert.That(selectedByNetArchTest, Does.Contain("Crm.Modules.Contacts.Domain.Contacts.Contact"));
        });
    }

    [Test]
    public void DomainRule_WhenAppliedToFeatures_DetectsTheirDependencies()
    {
        // Sanity: the same forbidden list does catch real dependencies, so the domain rule is not vacuous.
        var contacts = ModuleAssemblies.Modules.Single(a => ModuleAssemblies.NameOf(a) == "Crm.Modules.Contacts");

        var result = Types.InAssembly(contacts)
            .That().ResideInNamespaceContaining(".Features")
            .ShouldNot().HaveDependencyOnAny(ForbiddenFor(contacts))
            .GetResult();

        var positive = Types.InAssembly(contacts)
            .That().ResideInNamespaceContaining(".Features")
            .Should().OnlyHaveDependenciesOn("System", ModuleAssemblies.KernelName, "Crm.Modules.Contacts.Domain")
            .GetResult();

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccessful, Is.False);
            Assert.That(result.FailingTypeNames, Does.Contain("Crm.Modules.Contacts.Features.CreateContact.CreateContactHandler"));
            Assert.That(positive.IsSuccessful, Is.False);
            Assert.That(positive.FailingTypeNames, Does.Contain("Crm.Modules.Contacts.Features.CreateContact.CreateContactHandler"));
        });
    }

    /// <summary>
    /// Frameworks and infrastructure, the module's own namespaces outside Domain (Features, Persistence …; a type of the
    /// root namespace by its full name, since the root namespace is a prefix of Domain), and every other module.
    /// </summary>
    private static string[] ForbiddenFor(Assembly module)
    {
        var root = ModuleAssemblies.NameOf(module);
        var ownOutsideDomain = ModuleAssemblies.TypesOf(module)
            .Where(t => t.Namespace is not null && !t.Namespace.Contains(DomainPart, StringComparison.Ordinal))
            .Select(t => t.Namespace == root ? t.FullName! : t.Namespace!);
        var otherModules = ModuleAssemblies.All.Select(ModuleAssemblies.NameOf).Where(name => name != root);
        return [.. Frameworks.Concat(ownOutsideDomain).Concat(otherModules).Distinct()];
    }

    private static IEnumerable<Type> DomainTypesOf(Assembly module) =>
        ModuleAssemblies.TypesOf(module).Where(t => t.Namespace?.Contains(DomainPart, StringComparison.Ordinal) == true);
}
