using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.TickChecklistItem;

/// <summary>Ticks one item of a task's checklist as done, or not, at the version the caller saw.</summary>
internal sealed record TickChecklistItem(Guid Id, Guid ItemId, bool Done, VersionPrecondition Precondition) : ICommand<Result<TaskResponse>>;

internal sealed class TickChecklistItemHandler(ActivitiesDbContext db, VisibleTaskLoader loader) : ICommandHandler<TickChecklistItem, Result<TaskResponse>>
{
    public async ValueTask<Result<TaskResponse>> Handle(TickChecklistItem command, CancellationToken cancellationToken)
    {
        var task = await loader.LoadForChangeAsync(command.Id, command.Precondition, cancellationToken);
        if (!task.IsSuccess)
        {
            return task.Error!;
        }

        var ticked = task.Value.Tick(command.ItemId, command.Done);
        if (!ticked.IsSuccess)
        {
            return ticked.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TaskResponse.From(task.Value);
    }
}
