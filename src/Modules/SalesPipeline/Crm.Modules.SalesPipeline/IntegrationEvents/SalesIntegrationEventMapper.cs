using Crm.Modules.SalesPipeline.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.IntegrationEvents;

internal sealed class SalesIntegrationEventMapper : IIntegrationEventMapper<SalesDbContext>
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        IIntegrationEvent? mapped = domainEvent switch
        {
            DealCreated e => new DealCreatedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.Name, e.OwnerId, e.PipelineId.Value, e.StageId.Value, e.CompanyId, e.ContactIds),
            DealUpdated e => new DealUpdatedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.ChangedFields),
            DealOwnerChanged e => new DealOwnerChangedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.PreviousOwnerId, e.OwnerId),
            DealMoved e => new DealMovedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.PipelineId.Value, e.FromStageId.Value, e.ToStageId.Value, e.MovedBy),
            DealWon e => new DealWonIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.Name, e.OwnerId, e.Amount?.Amount, e.Amount?.Currency, e.CompanyId, e.ContactIds, e.WonBy),
            DealLost e => new DealLostIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.Name, e.LostReasonId, e.LostBy),
            DealDeleted e => new DealDeletedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value),
            _ => null,
        };
        if (mapped is not null)
        {
            yield return mapped;
        }
    }
}
