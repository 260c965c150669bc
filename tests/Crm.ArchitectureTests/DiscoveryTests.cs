using Crm.Host;
using Crm.Shared.Infrastructure.Modules;

namespace Crm.ArchitectureTests;

/// <summary>The rules are only as good as what they look at: these make sure discovery finds something.</summary>
internal sealed class DiscoveryTests
{
    [Test]
    public void Discovery_WhenRun_FindsAtLeastTwoModulesAndOneContracts()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ModuleAssemblies.Modules.Select(ModuleAssemblies.NameOf), Does.Contain("Crm.Modules.Contacts").And.Contain("Crm.Modules.Reporting"));
            Assert.That(ModuleAssemblies.Modules, Has.Count.GreaterThanOrEqualTo(2));
            Assert.That(ModuleAssemblies.Contracts.Select(ModuleAssemblies.NameOf), Does.Contain("Crm.Modules.Contacts.Contracts"));
        });
    }

    [Test]
    public void Discovery_WhenRun_FindsEveryModuleDllBesideTheTests()
    {
        var onDisk = Directory.EnumerateFiles(AppContext.BaseDirectory, ModuleAssemblies.ModulePrefix + "*.dll")
            .Select(Path.GetFileNameWithoutExtension);

        Assert.That(ModuleAssemblies.All.Select(ModuleAssemblies.NameOf), Is.EquivalentTo(onDisk));
    }

    [Test]
    public void ModuleCatalogue_WhenComparedWithDiscoveredModules_RegistersEachModuleAssemblyOnce()
    {
        var registered = ModuleCatalogue.Modules.Select(m => ModuleAssemblies.NameOf(m.GetType().Assembly));

        Assert.That(
            registered,
            Is.EquivalentTo(ModuleAssemblies.Modules.Select(ModuleAssemblies.NameOf)),
            "Every module assembly holds one IModule listed in the host's ModuleCatalogue.");
    }

    [Test]
    public void ModuleClasses_WhenDiscovered_OneIModulePerModuleAssembly()
    {
        var offenders = ModuleAssemblies.Modules
            .Where(a => ModuleAssemblies.TypesOf(a).Count(t => typeof(IModule).IsAssignableFrom(t) && !t.IsAbstract) != 1)
            .Select(ModuleAssemblies.NameOf);

        Assert.That(offenders, Is.Empty, () => "Module assemblies without exactly one IModule:" + ModuleAssemblies.List(offenders));
    }
}
