using Crm.Modules.Activities.Contracts;
using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.IntegrationEvents;

internal sealed class ActivitiesIntegrationEventMapper : IIntegrationEventMapper<ActivitiesDbContext>
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        if (domainEvent is TaskCompleted e)
        {
            yield return new TaskCompletedIntegrationEvent(
                TypedId.NewValue(), e.OccurredAtUtc, e.TaskId.Value, e.Title, e.AssigneeId, e.CompletedBy, e.RelatedType, e.RelatedId, e.Source.ToString());
        }
    }
}
