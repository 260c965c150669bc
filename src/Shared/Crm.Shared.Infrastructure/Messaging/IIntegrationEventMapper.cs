using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;

namespace Crm.Shared.Infrastructure.Messaging;

/// <summary>A module's choice of which domain events matter to other modules, and what they say.</summary>
public interface IIntegrationEventMapper<TContext>
    where TContext : ModuleDbContext
{
    IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent);
}
