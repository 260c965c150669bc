using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Features.Tasks;

internal static class TaskErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("task.not_found", $"No task you can see has the id {id}.");

    public static Error AssigneeInactive(Guid id) => Error.RuleBroken("task.assignee_inactive", $"No active user has the id {id}: a task goes to an active user.");
}
