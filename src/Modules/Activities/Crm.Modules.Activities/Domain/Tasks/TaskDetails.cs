using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Tasks;

/// <summary>
/// What a task says, checked: a title, an optional description, a due day or a due instant (not both), a priority and
/// an optional related record of another module (a type and an id, kept as values).
/// </summary>
internal sealed record TaskDetails(
    string Title,
    string? Description,
    DateOnly? DueDate,
    DateTimeOffset? DueAtUtc,
    TaskPriority Priority,
    string? RelatedType,
    Guid? RelatedId)
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 5000;

    public static IReadOnlyList<string> RelatedTypes { get; } = ["contact", "company", "deal", "ticket"];

    public static Result<TaskDetails> Create(
        string? title, string? description, DateOnly? dueDate, DateTimeOffset? dueAtUtc, TaskPriority priority, string? relatedType, Guid? relatedId)
    {
        var trimmed = title?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > TitleMaxLength)
        {
            return Error.Validation("task.title_invalid", $"A task needs a title of 1 to {TitleMaxLength} characters.");
        }

        var text = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (text?.Length > DescriptionMaxLength)
        {
            return Error.Validation("task.description_too_long", $"A task's description holds at most {DescriptionMaxLength} characters.");
        }

        if (dueDate is not null && dueAtUtc is not null)
        {
            return Error.Validation("task.due_ambiguous", "A task is due on a day or at a time, not both.");
        }

        if (!Enum.IsDefined(priority))
        {
            return Error.Validation("task.priority_invalid", "A task's priority is Low, Normal or High.");
        }

        if ((relatedType is null) != (relatedId is null) || (relatedType is not null && !RelatedTypes.Contains(relatedType)))
        {
            return Error.Validation("task.related_invalid", $"A related record needs both a type ({string.Join(", ", RelatedTypes)}) and an id.");
        }

        return new TaskDetails(trimmed, text, dueDate, dueAtUtc?.ToUniversalTime(), priority, relatedType, relatedId);
    }
}
