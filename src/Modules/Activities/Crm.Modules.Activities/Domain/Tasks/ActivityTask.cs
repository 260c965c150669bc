using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Tasks;

/// <summary>
/// A to-do for one user (its assignee, who is also its owner for record visibility), open until done or cancelled,
/// and reopened at will.
/// </summary>
internal sealed class ActivityTask : AggregateRoot<ActivityTaskId>
{
    private ActivityTask(ActivityTaskId id, string title, Guid assigneeId, TaskSource source, Guid? createdBy, DateTimeOffset createdAtUtc)
        : base(id)
    {
        Title = title;
        AssigneeId = assigneeId;
        Source = source;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
        Status = TaskState.Open;
    }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public DateTimeOffset? DueAtUtc { get; private set; }

    public TaskPriority Priority { get; private set; }

    public TaskState Status { get; private set; }

    public Guid AssigneeId { get; private set; }

    public string? RelatedType { get; private set; }

    public Guid? RelatedId { get; private set; }

    public TaskSource Source { get; private set; }

    /// <summary>The user who created the task; null when the system did (onboarding, a deal left idle).</summary>
    public Guid? CreatedBy { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private set; }

    public DateTimeOffset? CompletedAtUtc { get; private set; }

    public Guid? CompletedBy { get; private set; }

    /// <summary>When to remind the assignee, soonest first (at most <see cref="TaskReminder.MaxPerTask"/>).</summary>
    public IReadOnlyList<TaskReminder> Reminders { get; private set; } = [];

    public IReadOnlyList<TaskChecklistItem> Checklist { get; private set; } = [];

    /// <summary>The rule of <see cref="Repeat"/>, as stored.</summary>
    public string? Recurrence { get; private set; }

    /// <summary>The first due of <see cref="Repeat"/>, as stored.</summary>
    public DateTime? RecurrenceStartLocal { get; private set; }

    /// <summary>How the task comes back once done; null for a one-off.</summary>
    public TaskRepeat? Repeat => Recurrence is null || RecurrenceStartLocal is null ? null : new TaskRepeat(Recurrence, RecurrenceStartLocal.Value);

    /// <summary>The task this one's completion put on the list (a repeating task comes back once, however often it is completed).</summary>
    public ActivityTaskId? NextTaskId { get; private set; }

    public static ActivityTask Create(TaskDetails details, Guid assigneeId, TaskSource source, Guid? createdBy, DateTimeOffset now)
    {
        var task = new ActivityTask(ActivityTaskId.New(), details.Title, assigneeId, source, createdBy, now);
        task.Apply(details);
        return task;
    }

    public void Change(TaskDetails details, Guid assigneeId)
    {
        Apply(details);
        AssigneeId = assigneeId;
    }

    public void SetReminders(IEnumerable<TaskReminder> reminders) =>
        Reminders = [.. reminders.DistinctBy(r => r.AtUtc).OrderBy(r => r.AtUtc).Take(TaskReminder.MaxPerTask)];

    public void SetChecklist(IReadOnlyList<TaskChecklistItem> checklist) => Checklist = checklist;

    public Result Tick(Guid itemId, bool done)
    {
        var item = Checklist.FirstOrDefault(i => i.Id == itemId);
        if (item is null)
        {
            return Error.NotFound("task.checklist_item_not_found", $"The task's checklist has no item {itemId}.");
        }

        Checklist = [.. Checklist.Select(i => i.Id == itemId ? i with { Done = done } : i)];
        return Result.Success();
    }

    /// <summary>Repeats the task; <paramref name="repeat"/> null makes it a one-off.</summary>
    public void SetRepeat(TaskRepeat? repeat)
    {
        Recurrence = repeat?.Rule;
        RecurrenceStartLocal = repeat?.FirstDueLocal;
    }

    /// <summary>
    /// The next task of a repeating series, due <paramref name="dueDate"/> or <paramref name="dueAtUtc"/>: the same
    /// title, description, priority, assignee, related record and repeat, every checklist item to do again.
    /// </summary>
    public Result<ActivityTask> Recur(DateOnly? dueDate, DateTimeOffset? dueAtUtc, DateTimeOffset now)
    {
        if (Repeat is null || NextTaskId is not null)
        {
            return Error.Conflict("task.recurred", "This task does not repeat, or already came back.");
        }

        var next = new ActivityTask(ActivityTaskId.New(), Title, AssigneeId, Source, CreatedBy, now)
        {
            Description = Description,
            DueDate = dueDate,
            DueAtUtc = dueAtUtc,
            Priority = Priority,
            RelatedType = RelatedType,
            RelatedId = RelatedId,
            Recurrence = Recurrence,
            RecurrenceStartLocal = RecurrenceStartLocal,
            Checklist = [.. Checklist.Select(i => i with { Id = Guid.CreateVersion7(), Done = false })],
        };
        NextTaskId = next.Id;
        return next;
    }

    public Result Complete(Guid? by, DateTimeOffset now)
    {
        if (Status != TaskState.Open)
        {
            return NotOpen();
        }

        Status = TaskState.Done;
        CompletedAtUtc = now;
        CompletedBy = by;
        Raise(new TaskCompleted(Id, Title, AssigneeId, by, RelatedType, RelatedId, Source, now));
        return Result.Success();
    }

    public Result Cancel()
    {
        if (Status != TaskState.Open)
        {
            return NotOpen();
        }

        Status = TaskState.Cancelled;
        return Result.Success();
    }

    /// <summary>Opens a done or cancelled task again; what completed it is forgotten (a new completion is a new event).</summary>
    public Result Reopen()
    {
        if (Status == TaskState.Open)
        {
            return Error.Conflict("task.already_open", "The task is already open.");
        }

        Status = TaskState.Open;
        CompletedAtUtc = null;
        CompletedBy = null;
        return Result.Success();
    }

    private Error NotOpen() => Error.Conflict("task.not_open", $"The task is {Status.ToString().ToLowerInvariant()}: reopen it first.");

    private void Apply(TaskDetails details)
    {
        Title = details.Title;
        Description = details.Description;
        DueDate = details.DueDate;
        DueAtUtc = details.DueAtUtc;
        Priority = details.Priority;
        RelatedType = details.RelatedType;
        RelatedId = details.RelatedId;
    }
}
