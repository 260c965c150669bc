using Crm.Modules.Activities.Domain.Tasks;

namespace Crm.Modules.Activities.Features.Tasks;

/// <summary>
/// A task as the client writes it. Due on <see cref="DueDate"/> (a day) or at <see cref="DueAtUtc"/> (an instant), not both;
/// the assignee is the caller when not given; the priority Normal. <see cref="Status"/> is read by an update only,
/// to cancel an open task (Cancelled): a task is done through <c>/complete</c> and opened again through <c>/reopen</c>.
/// <see cref="Reminders"/> (5 at most) are local times in the assignee's time zone; an update without them keeps the task's,
/// as it keeps its <see cref="Checklist"/> (50 items at most; an item without id is new). <see cref="Recurrence"/>, an RFC
/// 5545 rule, brings a task with a due back once it is done; an update without it makes the task a one-off.
/// </summary>
internal sealed record TaskRequest(
    string? Title,
    string? Description,
    DateOnly? DueDate,
    DateTimeOffset? DueAtUtc,
    TaskPriority? Priority,
    Guid? AssigneeId,
    string? RelatedType,
    Guid? RelatedId,
    TaskState? Status = null,
    IReadOnlyList<TaskReminderInput>? Reminders = null,
    IReadOnlyList<TaskChecklistItemInput>? Checklist = null,
    string? Recurrence = null);

/// <summary>A checklist item as the client writes it: <see cref="Id"/> to keep an item, none for a new one; not done unless said.</summary>
internal sealed record TaskChecklistItemInput(Guid? Id, string? Text, bool? Done);
