using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.CompleteTask;

/// <summary>
/// Marks an open task done by the caller; other modules hear of it (<c>TaskCompletedIntegrationEvent</c>). A repeating
/// task comes back at its next due, in the same save.
/// </summary>
internal sealed record CompleteTask(Guid Id, VersionPrecondition Precondition) : ICommand<Result<TaskResponse>>;

internal sealed class CompleteTaskHandler(
    ActivitiesDbContext db, VisibleTaskLoader loader, ICurrentUser currentUser, TaskReminderPlanner reminders, TaskRepetition repetition, TimeProvider time)
    : ICommandHandler<CompleteTask, Result<TaskResponse>>
{
    public async ValueTask<Result<TaskResponse>> Handle(CompleteTask command, CancellationToken cancellationToken)
    {
        var task = await loader.LoadForChangeAsync(command.Id, command.Precondition, cancellationToken);
        if (!task.IsSuccess)
        {
            return task.Error!;
        }

        var completed = task.Value.Complete(currentUser.Id, time.GetUtcNow());
        if (!completed.IsSuccess)
        {
            return completed.Error!;
        }

        await reminders.ScheduleAsync(task.Value, cancellationToken);
        await repetition.RecurAsync(task.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TaskResponse.From(task.Value);
    }
}
