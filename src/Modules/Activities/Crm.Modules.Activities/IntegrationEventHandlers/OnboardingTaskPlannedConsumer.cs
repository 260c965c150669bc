using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.SalesPipeline.Contracts;
using Crm.Shared.Infrastructure.Messaging;

namespace Crm.Modules.Activities.IntegrationEventHandlers;

/// <summary>Each task of a won deal's onboarding becomes a task of its assignee, about the deal.</summary>
internal sealed class OnboardingTaskPlannedConsumer(ActivitiesDbContext db, TimeProvider time)
    : IdempotentConsumer<OnboardingTaskPlannedIntegrationEvent, ActivitiesDbContext>(db, time)
{
    private readonly TimeProvider _time = time;

    protected override Task HandleAsync(OnboardingTaskPlannedIntegrationEvent message, CancellationToken cancellationToken)
    {
        var details = SystemTasks.Details(message.Title, message.DueDate, message.DealId);
        Context.Tasks.Add(ActivityTask.Create(details, message.AssigneeId, TaskSource.Onboarding, null, _time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
