using Crm.Modules.Activities.Domain.Tasks;
using FluentValidation;

namespace Crm.Modules.Activities.Features.Tasks;

/// <summary>The fields a client writes on a task, shared by creation and update.</summary>
internal interface ITaskInput
{
    string? Title { get; }

    string? Description { get; }

    DateOnly? DueDate { get; }

    DateTimeOffset? DueAtUtc { get; }

    TaskPriority? Priority { get; }

    string? RelatedType { get; }

    Guid? RelatedId { get; }

    /// <summary>Null keeps an updated task's reminders; an empty list removes them.</summary>
    IReadOnlyList<TaskReminderInput>? Reminders { get; }

    /// <summary>Null keeps an updated task's checklist; an empty list removes it.</summary>
    IReadOnlyList<TaskChecklistItemInput>? Checklist { get; }

    /// <summary>An RFC 5545 rule (<c>FREQ=WEEKLY;BYDAY=MO</c>) the task comes back by once done; null for a one-off.</summary>
    string? Recurrence { get; }
}

/// <summary>The field checks of a task written by a client, answered as a 400 naming each field.</summary>
internal abstract class TaskInputValidator<T> : AbstractValidator<T>
    where T : ITaskInput
{
    protected TaskInputValidator()
    {
        RuleFor(r => r.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Give the task a title.")
            .Must(t => t!.Trim().Length <= TaskDetails.TitleMaxLength).When(r => r.Title is not null)
            .WithMessage($"A task's title holds at most {TaskDetails.TitleMaxLength} characters.");
        RuleFor(r => r.Description).Must(d => d!.Trim().Length <= TaskDetails.DescriptionMaxLength).When(r => r.Description is not null)
            .WithMessage($"A task's description holds at most {TaskDetails.DescriptionMaxLength} characters.");
        RuleFor(r => r.DueAtUtc).Null().When(r => r.DueDate is not null).WithMessage("Give a due date or a due time, not both.");
        RuleFor(r => r.Priority).IsInEnum();
        RuleFor(r => r.RelatedType).Must(t => TaskDetails.RelatedTypes.Contains(t!)).When(r => r.RelatedType is not null)
            .WithMessage($"A related record is one of: {string.Join(", ", TaskDetails.RelatedTypes)}.");
        RuleFor(r => r.RelatedType).NotNull().When(r => r.RelatedId is not null).WithMessage("Say what kind of record relatedId is.");
        RuleFor(r => r.RelatedId).NotNull().When(r => r.RelatedType is not null).WithMessage("Give the id of the related record.");
        RuleFor(r => r.Reminders).Must(r => r!.Count <= TaskReminder.MaxPerTask).When(r => r.Reminders is not null)
            .WithMessage($"A task has at most {TaskReminder.MaxPerTask} reminders.");
        RuleFor(r => r.Checklist).Must(c => c!.Count <= TaskChecklistItem.MaxPerTask).When(r => r.Checklist is not null)
            .WithMessage($"A checklist holds at most {TaskChecklistItem.MaxPerTask} items.");
        RuleForEach(r => r.Checklist).ChildRules(item => item.RuleFor(x => x.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= TaskChecklistItem.TextMaxLength)
            .WithMessage($"Each checklist item needs a text of 1 to {TaskChecklistItem.TextMaxLength} characters."));
        RuleFor(r => r.Recurrence).MaximumLength(500);
        RuleForEach(r => r.Reminders).ChildRules(reminder => reminder.RuleFor(x => x.At).Must(TaskReminderPlanner.IsLocalDateTime)
            .WithMessage("Give a reminder's time as a local date and time without offset, such as 2027-03-28T09:00."));
    }
}

internal static class TaskInputs
{
    /// <summary>The reminders' local times (checked by the validator), none when not given.</summary>
    public static IEnumerable<DateTime> LocalReminders(this ITaskInput input) =>
        (input.Reminders ?? []).Select(r => TaskReminderPlanner.TryParse(r.At, out var local) ? local : throw new InvalidOperationException("Validated before."));

    /// <summary>The checklist written; null when not given (an update keeps the task's).</summary>
    public static Crm.Shared.Kernel.Result<IReadOnlyList<TaskChecklistItem>>? ToChecklist(this ITaskInput input) =>
        input.Checklist is null ? null : TaskChecklistItem.CreateList(input.Checklist.Select(i => (i.Id, i.Text, i.Done ?? false)));

    public static Crm.Shared.Kernel.Result<TaskDetails> ToDetails(this ITaskInput input) => TaskDetails.Create(
        input.Title, input.Description, input.DueDate, input.DueAtUtc, input.Priority ?? TaskPriority.Normal, input.RelatedType, input.RelatedId);
}
