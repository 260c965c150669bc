using System.Reflection;
using Crm.Host;
using Crm.Modules.Contacts;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Reporting;

namespace Crm.ArchitectureTests;

/// <summary>
/// Every module assembly: those next to the tests (<c>Crm.Modules.*.dll</c>, copied there because the host
/// references every module), those the host references, and a few anchors. A module added later is found
/// without editing the tests.
/// </summary>
internal static class ModuleAssemblies
{
    public const string ModulePrefix = "Crm.Modules.";
    public const string SharedPrefix = "Crm.Shared.";
    public const string KernelName = "Crm.Shared.Kernel";
    public const string ContractsSuffix = ".Contracts";

    private static readonly Lazy<IReadOnlyList<Assembly>> Discovered = new(Discover);

    /// <summary>Module and Contracts assemblies alike.</summary>
    public static IReadOnlyList<Assembly> All => Discovered.Value;

    /// <summary>The modules themselves (not their Contracts).</summary>
    public static IReadOnlyList<Assembly> Modules => [.. All.Where(a => !IsContracts(NameOf(a)))];

    public static IReadOnlyList<Assembly> Contracts => [.. All.Where(a => IsContracts(NameOf(a)))];

    public static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    public static bool IsModuleName(string? name) => name is not null && name.StartsWith(ModulePrefix, StringComparison.Ordinal);

    public static bool IsContracts(string? name) => IsModuleName(name) && name!.EndsWith(ContractsSuffix, StringComparison.Ordinal);

    public static bool IsCrm(string? name) => name is not null && (name == "Crm" || name.StartsWith("Crm.", StringComparison.Ordinal));

    /// <summary>Types of an assembly, without the compiler's own (closures, state machines, anonymous types).</summary>
    public static IEnumerable<Type> TypesOf(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.Name.Contains('<', StringComparison.Ordinal) && !IsCompilerGenerated(t));

    public static IEnumerable<Type> AllTypes => All.SelectMany(TypesOf);

    public static string List(IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? "(none)" : Environment.NewLine + string.Join(Environment.NewLine, sorted.Select(n => "  - " + n));
    }

    public static string List(IEnumerable<Type> types) => List(types.Select(t => t.FullName ?? t.Name));

    private static bool IsCompilerGenerated(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Assembly> Discover()
    {
        var anchors = new[]
        {
            typeof(ContactsModule).Assembly,
            typeof(ReportingModule).Assembly,
            typeof(Crm.Modules.SalesPipeline.SalesPipelineModule).Assembly,
            typeof(Crm.Modules.Activities.ActivitiesModule).Assembly,
            typeof(ContactCreatedIntegrationEvent).Assembly,
        };

        var fromDisk = Directory.EnumerateFiles(AppContext.BaseDirectory, ModulePrefix + "*.dll")
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)));

        var fromHost = new[] { typeof(ModuleCatalogue).Assembly }
            .Concat(anchors)
            .SelectMany(a => a.GetReferencedAssemblies())
            .Where(name => IsModuleName(name.Name))
            .Select(Assembly.Load);

        return [.. anchors.Concat(fromDisk).Concat(fromHost).Distinct().OrderBy(NameOf, StringComparer.Ordinal)];
    }
}
