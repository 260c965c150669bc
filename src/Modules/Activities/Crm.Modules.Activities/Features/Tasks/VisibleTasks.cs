using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.Tasks;

/// <summary>Narrows a query to the tasks the caller may see: a task's owner, for the visibility rules, is its assignee.</summary>
internal static class VisibleTasks
{
    public static IQueryable<ActivityTask> VisibleTo(this IQueryable<ActivityTask> tasks, VisibleOwners visible)
    {
        if (visible.Everyone)
        {
            return tasks;
        }

        var owners = visible.OwnerIds.ToList();
        return tasks.Where(t => owners.Contains(t.AssigneeId));
    }
}

/// <summary>Loads a task the caller may see, for reading or changing; one out of sight is not found.</summary>
internal sealed class VisibleTaskLoader(ActivitiesDbContext db, IRecordVisibility visibility)
{
    public async Task<Result<ActivityTask>> LoadAsync(Guid id, bool forChange, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Activities, cancellationToken);
        var tasks = forChange ? db.Tasks : db.Tasks.AsNoTracking();
        var task = await tasks.VisibleTo(visible).FirstOrDefaultAsync(t => t.Id == new ActivityTaskId(id), cancellationToken);
        return task is null ? TaskErrors.NotFound(id) : task;
    }

    /// <summary>Loads a task to change, at a version <paramref name="precondition"/> allows (412 otherwise).</summary>
    public async Task<Result<ActivityTask>> LoadForChangeAsync(Guid id, VersionPrecondition precondition, CancellationToken cancellationToken)
    {
        var task = await LoadAsync(id, forChange: true, cancellationToken);
        if (!task.IsSuccess)
        {
            return task;
        }

        var current = precondition.Check(task.Value.Version);
        return current.IsSuccess ? task : current.Error!;
    }
}
