using Crm.Modules.SalesPipeline.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Onboarding;
using Crm.Modules.SalesPipeline.Domain.Orders;
using Crm.Modules.SalesPipeline.Domain.Subscriptions;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.IntegrationEvents;

internal sealed class SalesIntegrationEventMapper : IIntegrationEventMapper<SalesDbContext>
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        if (domainEvent is OnboardingStarted started)
        {
            foreach (var (task, position) in started.Tasks.Select((t, i) => (t, i)))
            {
                yield return new OnboardingTaskPlannedIntegrationEvent(
                    TypedId.NewValue(), started.OccurredAtUtc, started.ChecklistId, started.DealId, started.TemplateName, position, task.Title, task.DueDate, task.AssigneeId);
            }

            yield break;
        }

        IIntegrationEvent? mapped = domainEvent switch
        {
            DealCreated e => new DealCreatedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.Name, e.OwnerId, e.PipelineId.Value, e.StageId.Value, e.CompanyId, e.ContactIds),
            DealUpdated e => new DealUpdatedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.ChangedFields),
            DealOwnerChanged e => new DealOwnerChangedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.PreviousOwnerId, e.OwnerId),
            DealMoved e => new DealMovedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.PipelineId.Value, e.FromStageId.Value, e.ToStageId.Value, e.MovedBy),
            DealWon e => new DealWonIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.Name, e.OwnerId, e.Amount?.Amount, e.Amount?.Currency, e.CompanyId, e.ContactIds, e.WonBy),
            DealLost e => new DealLostIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.Name, e.LostReasonId, e.LostBy) { CompanyId = e.CompanyId, ContactIds = e.ContactIds },
            DealRotting e => new DealRottingIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value, e.OwnerId, e.Name, e.StageName, e.IdleDays),
            OrderPlaced e => new OrderPlacedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.OrderId.Value, e.DealId, e.Number, e.Currency, e.Net, e.Gross),
            SubscriptionStarted e => new SubscriptionStartedIntegrationEvent(
                TypedId.NewValue(), e.OccurredAtUtc, e.SubscriptionId, e.DealId, e.CompanyId, e.Currency, e.Mrr, e.StartDate, e.EndDate, e.RenewedFromId),
            SubscriptionChurned e => new SubscriptionChurnedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.SubscriptionId, e.CompanyId, e.Currency, e.Mrr, e.EndDate, e.Reason),
            DealDeleted e => new DealDeletedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.DealId.Value),
            _ => null,
        };
        if (mapped is not null)
        {
            yield return mapped;
        }
    }
}
