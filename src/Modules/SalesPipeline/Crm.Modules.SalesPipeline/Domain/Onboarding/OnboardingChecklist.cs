using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Onboarding;

/// <summary>
/// The onboarding of a won deal, made from its pipeline's template when the deal was won. The activities module turns
/// its tasks into to-dos; here they are shown and ticked on the deal.
/// </summary>
internal sealed class OnboardingChecklist : AggregateRoot<Guid>
{
    private List<OnboardingTask> _tasks = [];

    private OnboardingChecklist(Guid id, Guid dealId, string templateName, DateTimeOffset startedAtUtc)
        : base(id)
    {
        DealId = dealId;
        TemplateName = templateName;
        StartedAtUtc = startedAtUtc;
    }

    public Guid DealId { get; private init; }

    public string TemplateName { get; private init; }

    public DateTimeOffset StartedAtUtc { get; private init; }

    public IReadOnlyList<OnboardingTask> Tasks => _tasks;

    /// <summary>
    /// Lays <paramref name="template"/>'s steps out from the day the deal was won. A step goes to its assignee when they
    /// are among <paramref name="activeAssignees"/>, else (none named, or no longer active) to the deal's owner.
    /// </summary>
    public static OnboardingChecklist Start(OnboardingTemplate template, Guid dealId, Guid dealOwnerId, IReadOnlySet<Guid> activeAssignees, DateTimeOffset wonAt)
    {
        wonAt = wonAt.ToStoredPrecision();
        var wonOn = DateOnly.FromDateTime(wonAt.UtcDateTime);
        Guid AssigneeOf(OnboardingStep step) => step.AssigneeId is { } assignee && activeAssignees.Contains(assignee) ? assignee : dealOwnerId;
        var checklist = new OnboardingChecklist(TypedId.NewValue(), dealId, template.Name, wonAt)
        {
            _tasks = [.. template.Steps.Select(s => new OnboardingTask(s.Title, wonOn.AddDays(s.OffsetDays), AssigneeOf(s), null))],
        };
        checklist.Raise(new OnboardingStarted(checklist.Id, dealId, template.Name, checklist._tasks, wonAt));
        return checklist;
    }

    public Result MarkDone(int index, bool done, DateTimeOffset now)
    {
        if (index < 0 || index >= _tasks.Count)
        {
            return Error.NotFound("onboarding.task_not_found", $"The onboarding has {_tasks.Count} tasks: there is no task {index + 1}.");
        }

        _tasks = [.. _tasks.Select((t, i) => i == index ? t with { DoneAtUtc = done ? t.DoneAtUtc ?? now.ToStoredPrecision() : null } : t)];
        return Result.Success();
    }
}
