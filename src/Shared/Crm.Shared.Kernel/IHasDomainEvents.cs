namespace Crm.Shared.Kernel;

public interface IHasDomainEvents
{
    IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    int Version { get; }

    void ClearDomainEvents();
}
