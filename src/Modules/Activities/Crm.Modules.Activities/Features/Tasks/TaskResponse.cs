using Crm.Modules.Activities.Domain.Tasks;

namespace Crm.Modules.Activities.Features.Tasks;

internal sealed record TaskResponse(
    Guid Id,
    string Title,
    string? Description,
    DateOnly? DueDate,
    DateTimeOffset? DueAtUtc,
    TaskPriority Priority,
    TaskState Status,
    Guid AssigneeId,
    string? RelatedType,
    Guid? RelatedId,
    TaskSource Source,
    Guid? CreatedBy,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? CompletedAtUtc,
    Guid? CompletedBy,
    IReadOnlyList<TaskReminderResponse> Reminders,
    IReadOnlyList<TaskChecklistItemResponse> Checklist,
    string? Recurrence,
    Guid? NextTaskId,
    int Version)
{
    public static TaskResponse From(ActivityTask task) => new(
        task.Id.Value,
        task.Title,
        task.Description,
        task.DueDate,
        task.DueAtUtc,
        task.Priority,
        task.Status,
        task.AssigneeId,
        task.RelatedType,
        task.RelatedId,
        task.Source,
        task.CreatedBy,
        task.CreatedAtUtc,
        task.CompletedAtUtc,
        task.CompletedBy,
        [.. task.Reminders.Select(TaskReminderResponse.From)],
        [.. task.Checklist.Select(i => new TaskChecklistItemResponse(i.Id, i.Text, i.Done))],
        task.Recurrence,
        task.NextTaskId?.Value,
        task.Version);
}

internal sealed record TaskChecklistItemResponse(Guid Id, string Text, bool Done);
