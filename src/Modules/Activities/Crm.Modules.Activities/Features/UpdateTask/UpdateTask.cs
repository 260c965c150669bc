using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;

namespace Crm.Modules.Activities.Features.UpdateTask;

/// <summary>
/// Rewrites a task's fields; <see cref="AssigneeId"/> not given keeps the assignee. <see cref="Status"/> Cancelled
/// cancels an open task; done and open are reached through complete and reopen. <see cref="Reminders"/> not given keeps
/// the task's (read again in the assignee's time zone); every change schedules the reminders again. <see cref="Checklist"/>
/// not given keeps the task's; <see cref="Recurrence"/> not given makes the task a one-off.
/// </summary>
internal sealed record UpdateTask(
    Guid Id,
    string? Title,
    string? Description,
    DateOnly? DueDate,
    DateTimeOffset? DueAtUtc,
    TaskPriority? Priority,
    Guid? AssigneeId,
    string? RelatedType,
    Guid? RelatedId,
    TaskState? Status,
    VersionPrecondition Precondition,
    IReadOnlyList<TaskReminderInput>? Reminders = null,
    IReadOnlyList<TaskChecklistItemInput>? Checklist = null,
    string? Recurrence = null) : ICommand<Result<TaskResponse>>, ITaskInput;

internal sealed class UpdateTaskValidator : TaskInputValidator<UpdateTask>
{
    public UpdateTaskValidator() => RuleFor(c => c.Status).IsInEnum();
}

internal sealed class UpdateTaskHandler(ActivitiesDbContext db, VisibleTaskLoader loader, IUserDirectory users, TaskReminderPlanner reminders, TaskRepetition repetition)
    : ICommandHandler<UpdateTask, Result<TaskResponse>>
{
    public async ValueTask<Result<TaskResponse>> Handle(UpdateTask command, CancellationToken cancellationToken)
    {
        var task = await loader.LoadForChangeAsync(command.Id, command.Precondition, cancellationToken);
        if (!task.IsSuccess)
        {
            return task.Error!;
        }

        var details = command.ToDetails();
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        var assigneeId = command.AssigneeId ?? task.Value.AssigneeId;
        if (assigneeId != task.Value.AssigneeId && !await users.IsActiveUserAsync(assigneeId, cancellationToken))
        {
            return TaskErrors.AssigneeInactive(assigneeId);
        }

        if (command.Status is { } status && status != task.Value.Status)
        {
            if (status != TaskState.Cancelled)
            {
                return Error.Conflict("task.status_change_invalid", $"A task becomes {status} through /{(status == TaskState.Done ? "complete" : "reopen")}, not an update.");
            }

            var cancelled = task.Value.Cancel();
            if (!cancelled.IsSuccess)
            {
                return cancelled.Error!;
            }
        }

        var checklist = command.ToChecklist();
        if (checklist is { IsSuccess: false })
        {
            return checklist.Error!;
        }

        var dueChanged = details.Value.DueDate != task.Value.DueDate || details.Value.DueAtUtc != task.Value.DueAtUtc || assigneeId != task.Value.AssigneeId;
        task.Value.Change(details.Value, assigneeId);
        var repeat = await repetition.ReadAsync(command.Recurrence, task.Value, dueChanged, cancellationToken);
        if (!repeat.IsSuccess)
        {
            return repeat.Error!;
        }

        task.Value.SetRepeat(repeat.Value);
        if (checklist is not null)
        {
            task.Value.SetChecklist(checklist.Value);
        }

        var locals = command.Reminders is null ? task.Value.Reminders.Select(r => r.At) : command.LocalReminders();
        task.Value.SetReminders(await reminders.ResolveAsync(locals, assigneeId, cancellationToken));
        await reminders.ScheduleAsync(task.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TaskResponse.From(task.Value);
    }
}
