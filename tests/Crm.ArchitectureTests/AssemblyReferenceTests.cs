using System.Reflection;
using Crm.Shared.Infrastructure.Modules;
using Crm.Shared.Kernel;

namespace Crm.ArchitectureTests;

/// <summary>Rule 1: a module sees only the shared kernel and infrastructure, and other modules' Contracts.</summary>
internal sealed class AssemblyReferenceTests
{
    [Test]
    public void ModuleAssembly_WhenReferencesRead_ReferencesOnlySharedContractsAndNonCrmAssemblies()
    {
        var offenders = ModuleAssemblies.Modules
            .SelectMany(module => CrmReferencesOf(module)
                .Where(name => !name.StartsWith(ModuleAssemblies.SharedPrefix, StringComparison.Ordinal) && !ModuleAssemblies.IsContracts(name))
                .Select(name => $"{ModuleAssemblies.NameOf(module)} -> {name}"));

        Assert.That(
            offenders,
            Is.Empty,
            () => "A module may reference Crm.Shared.* and *.Contracts only, never another module's implementation:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void ContractsAssembly_WhenReferencesRead_ReferencesNoCrmAssemblyButTheKernel()
    {
        var offenders = ModuleAssemblies.Contracts
            .SelectMany(contracts => CrmReferencesOf(contracts)
                .Where(name => name != ModuleAssemblies.KernelName)
                .Select(name => $"{ModuleAssemblies.NameOf(contracts)} -> {name}"));

        Assert.That(offenders, Is.Empty, () => "A Contracts assembly may reference Crm.Shared.Kernel only:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void SharedAssembly_WhenReferencesRead_ReferencesNoModuleNorHost()
    {
        var shared = new[] { typeof(Result).Assembly, typeof(IModule).Assembly };
        var offenders = shared
            .SelectMany(assembly => CrmReferencesOf(assembly)
                .Where(name => !name.StartsWith(ModuleAssemblies.SharedPrefix, StringComparison.Ordinal))
                .Select(name => $"{ModuleAssemblies.NameOf(assembly)} -> {name}"));

        Assert.That(offenders, Is.Empty, () => "Crm.Shared.* must not know the modules or the host:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void References_WhenRead_SeeTheSharedAndContractsReferencesThatExist()
    {
        // Sanity: the rules above read real references, so they cannot pass on empty lists.
        var reporting = ModuleAssemblies.Modules.Single(a => ModuleAssemblies.NameOf(a) == "Crm.Modules.Reporting");
        var contracts = ModuleAssemblies.Contracts.Single(a => ModuleAssemblies.NameOf(a) == "Crm.Modules.Contacts.Contracts");

        Assert.Multiple(() =>
        {
            Assert.That(CrmReferencesOf(reporting), Does.Contain("Crm.Modules.Contacts.Contracts").And.Contain("Crm.Shared.Infrastructure"));
            Assert.That(CrmReferencesOf(contracts), Does.Contain(ModuleAssemblies.KernelName));
            Assert.That(ModuleAssemblies.Modules.SelectMany(CrmReferencesOf), Is.Not.Empty);
        });
    }

    private static List<string> CrmReferencesOf(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(ModuleAssemblies.IsCrm)];
}
