using Crm.Modules.Activities.Domain.Tasks;

namespace Crm.Modules.Activities.Features.Tasks;

/// <summary>
/// A task as the client writes it. Due on <see cref="DueDate"/> (a day) or at <see cref="DueAtUtc"/> (an instant), not both;
/// the assignee is the caller when not given; the priority Normal. <see cref="Status"/> is read by an update only,
/// to cancel an open task (Cancelled): a task is done through <c>/complete</c> and opened again through <c>/reopen</c>.
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
    TaskState? Status = null);
