using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.ReopenTask;

/// <summary>Opens a done or cancelled task again.</summary>
internal sealed record ReopenTask(Guid Id, VersionPrecondition Precondition) : ICommand<Result<TaskResponse>>;

internal sealed class ReopenTaskHandler(ActivitiesDbContext db, VisibleTaskLoader loader, TaskReminderPlanner reminders) : ICommandHandler<ReopenTask, Result<TaskResponse>>
{
    public async ValueTask<Result<TaskResponse>> Handle(ReopenTask command, CancellationToken cancellationToken)
    {
        var task = await loader.LoadForChangeAsync(command.Id, command.Precondition, cancellationToken);
        if (!task.IsSuccess)
        {
            return task.Error!;
        }

        var reopened = task.Value.Reopen();
        if (!reopened.IsSuccess)
        {
            return reopened.Error!;
        }

        await reminders.ScheduleAsync(task.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TaskResponse.From(task.Value);
    }
}
