using Crm.Modules.Activities.Contracts;
using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Domain.Interactions;
using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.IntegrationEvents;

internal sealed class ActivitiesIntegrationEventMapper : IIntegrationEventMapper<ActivitiesDbContext>
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case TaskCompleted e:
                yield return new TaskCompletedIntegrationEvent(
                    TypedId.NewValue(), e.OccurredAtUtc, e.TaskId.Value, e.Title, e.AssigneeId, e.CompletedBy, e.RelatedType, e.RelatedId, e.Source.ToString());
                break;
            case InteractionLogged e:
                yield return new InteractionLoggedIntegrationEvent(
                    TypedId.NewValue(), e.OccurredAtUtc, e.InteractionId.Value, e.Kind.ToString(), e.HappenedAtUtc, e.Direction?.ToString(), e.DurationSeconds,
                    e.Outcome?.ToString(), e.Title, e.Location, e.Notes, e.LoggedBy, e.ContactIds, e.CompanyId, e.DealId);
                break;
            case MeetingHeld e:
                yield return new MeetingHeldIntegrationEvent(
                    TypedId.NewValue(), e.OccurredAtUtc, e.AppointmentId.Value, e.Title, e.Location, e.OrganizerId, e.Occurrence.StartUtc, e.Occurrence.EndUtc,
                    e.UserIds, e.ContactIds, e.RelatedType, e.RelatedId);
                break;
            case InteractionChanged e:
                yield return new InteractionUpdatedIntegrationEvent(
                    TypedId.NewValue(), e.OccurredAtUtc, e.InteractionId.Value, e.Kind.ToString(), e.HappenedAtUtc, e.Direction?.ToString(), e.DurationSeconds,
                    e.Outcome?.ToString(), e.Title, e.Location, e.Notes, e.LoggedBy, e.ContactIds, e.CompanyId, e.DealId);
                break;
            case InteractionDeleted e:
                yield return new InteractionDeletedIntegrationEvent(TypedId.NewValue(), e.OccurredAtUtc, e.InteractionId.Value, e.ContactIds, e.CompanyId, e.DealId);
                break;
        }
    }
}
