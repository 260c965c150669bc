namespace Crm.Shared.Kernel;

/// <summary>
/// A fact published to other modules: an immutable record of primitives in a module's Contracts,
/// changed only additively (a breaking change is a new "V2" type).
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAtUtc { get; }
}
