using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Features.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Activities.Features.CreateTask;

/// <summary>
/// Puts a task on <see cref="AssigneeId"/>'s list (the caller's when not given), with its reminders (local times in the
/// assignee's zone), its checklist and how it repeats.
/// </summary>
internal sealed record CreateTask(
    string? Title,
    string? Description,
    DateOnly? DueDate,
    DateTimeOffset? DueAtUtc,
    TaskPriority? Priority,
    Guid? AssigneeId,
    string? RelatedType,
    Guid? RelatedId,
    IReadOnlyList<TaskReminderInput>? Reminders = null,
    IReadOnlyList<TaskChecklistItemInput>? Checklist = null,
    string? Recurrence = null) : ICommand<Result<TaskResponse>>, ITaskInput;

internal sealed class CreateTaskValidator : TaskInputValidator<CreateTask>;

internal sealed class CreateTaskHandler(
    ActivitiesDbContext db, ICurrentUser currentUser, IUserDirectory users, TaskReminderPlanner reminders, TaskRepetition repetition, TimeProvider time)
    : ICommandHandler<CreateTask, Result<TaskResponse>>
{
    public async ValueTask<Result<TaskResponse>> Handle(CreateTask command, CancellationToken cancellationToken)
    {
        var details = command.ToDetails();
        if (!details.IsSuccess)
        {
            return details.Error!;
        }

        var assigneeId = command.AssigneeId ?? currentUser.Id;
        if (!await users.IsActiveUserAsync(assigneeId, cancellationToken))
        {
            return TaskErrors.AssigneeInactive(assigneeId);
        }

        var checklist = command.ToChecklist();
        if (checklist is { IsSuccess: false })
        {
            return checklist.Error!;
        }

        var task = ActivityTask.Create(details.Value, assigneeId, TaskSource.User, currentUser.Id, time.GetUtcNow());
        task.SetChecklist(checklist?.Value ?? []);
        var repeat = await repetition.ReadAsync(command.Recurrence, task, dueChanged: true, cancellationToken);
        if (!repeat.IsSuccess)
        {
            return repeat.Error!;
        }

        task.SetRepeat(repeat.Value);
        task.SetReminders(await reminders.ResolveAsync(command.LocalReminders(), assigneeId, cancellationToken));
        db.Tasks.Add(task);
        await reminders.ScheduleAsync(task, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TaskResponse.From(task);
    }
}
