using Crm.Shared.Kernel;

namespace Crm.ArchitectureTests;

/// <summary>Rule 7: integration events are immutable records of primitives in a module's Contracts.</summary>
internal sealed class IntegrationEventTests
{
    private static IEnumerable<Type> ContractsTypes => ModuleAssemblies.Contracts.SelectMany(ModuleAssemblies.TypesOf);

    private static IEnumerable<Type> IntegrationEvents =>
        ContractsTypes.Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false });

    [Test]
    public void IntegrationEvents_WhenInContracts_AreRecords()
    {
        var offenders = IntegrationEvents.Where(t => !IntegrationEventShape.IsRecord(t));

        Assert.That(offenders, Is.Empty, () => "Integration events must be records:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void IntegrationEvents_WhenInContracts_AreNamedWithIntegrationEventSuffix()
    {
        var offenders = IntegrationEvents.Where(t => !t.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal) && !HasVersionSuffix(t.Name));

        Assert.That(offenders, Is.Empty, () => "Integration event names end with IntegrationEvent (or IntegrationEventV2 …):" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void TypesNamedIntegrationEvent_WhenInModuleAssemblies_ImplementIIntegrationEventInContracts()
    {
        var offenders = ModuleAssemblies.AllTypes
            .Where(t => t.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal) || HasVersionSuffix(t.Name))
            .Where(t => !typeof(IIntegrationEvent).IsAssignableFrom(t) || !ModuleAssemblies.IsContracts(t.Assembly.GetName().Name));

        Assert.That(
            offenders,
            Is.Empty,
            () => "Types named *IntegrationEvent must implement Crm.Shared.Kernel.IIntegrationEvent and live in a Contracts assembly:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void IntegrationEvents_WhenPropertiesRead_HoldOnlyPrimitiveTypes()
    {
        var offenders = IntegrationEvents
            .SelectMany(t => IntegrationEventShape.NonPrimitiveProperties(t).Select(p => $"{t.FullName}.{p.Name}: {p.PropertyType}"));

        Assert.That(
            offenders,
            Is.Empty,
            () => "Integration event properties are primitives, Guid, DateTimeOffset, DateOnly, decimal, string or enums (no domain types):"
                + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void IntegrationEvents_WhenPropertiesRead_AreImmutable()
    {
        var offenders = IntegrationEvents
            .SelectMany(t => IntegrationEventShape.MutableProperties(t).Select(p => $"{t.FullName}.{p.Name}"));

        Assert.That(offenders, Is.Empty, () => "Integration event properties have no public setter other than init:" + ModuleAssemblies.List(offenders));
    }

    [Test]
    public void Discovery_WhenRun_FindsIntegrationEvents()
    {
        Assert.That(IntegrationEvents.Select(t => t.FullName), Does.Contain("Crm.Modules.Contacts.Contracts.ContactCreatedIntegrationEvent"));
    }

    private static bool HasVersionSuffix(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "IntegrationEventV[0-9]+$");
}
