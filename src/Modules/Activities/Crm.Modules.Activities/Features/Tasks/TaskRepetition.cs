using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Features.Tasks;

/// <summary>
/// Reads a task's repeat and brings a repeating task back when it is done. Times are the assignee's wall clock: a
/// task due at 9:00 in Paris comes back at 9:00 in Paris, summer or winter; its reminders keep their distance to the due.
/// </summary>
internal sealed class TaskRepetition(ActivitiesDbContext db, IUserDirectory users, TaskReminderPlanner reminders, TimeProvider time)
{
    /// <summary>
    /// The repeat <paramref name="recurrence"/> gives <paramref name="task"/> (its details already applied). The series
    /// keeps its first due while neither the rule nor the due changes, so COUNT and UNTIL still count from it.
    /// </summary>
    public async Task<Result<TaskRepeat?>> ReadAsync(string? recurrence, ActivityTask task, bool dueChanged, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(recurrence))
        {
            return (TaskRepeat?)null;
        }

        var zone = task.DueAtUtc is null ? TimeZoneInfo.Utc : await ZoneOfAsync(task.AssigneeId, cancellationToken);
        var repeat = TaskRepeat.Create(recurrence, DueLocal(task, zone));
        if (!repeat.IsSuccess || repeat.Value is null || task.Repeat is not { } current)
        {
            return repeat;
        }

        return !dueChanged && current.Rule == repeat.Value.Rule ? current : repeat;
    }

    /// <summary>Puts the next task of <paramref name="done"/>'s series on the list, unless the series is over or it already came back.</summary>
    public async Task RecurAsync(ActivityTask done, CancellationToken cancellationToken)
    {
        if (done.Repeat is not { } repeat || done.NextTaskId is not null)
        {
            return;
        }

        var onDay = done.DueDate is not null;
        var zone = onDay ? TimeZoneInfo.Utc : await ZoneOfAsync(done.AssigneeId, cancellationToken);
        var dueLocal = DueLocal(done, zone)!.Value;
        if (repeat.NextDueAfter(dueLocal, onDay, zone.Id) is not { } nextLocal)
        {
            return;
        }

        var next = done.Recur(
            onDay ? DateOnly.FromDateTime(nextLocal) : null,
            onDay ? null : ZonedTime.ToUtc(nextLocal, zone),
            time.GetUtcNow());
        next.Value.SetReminders(await reminders.ResolveAsync(done.Reminders.Select(r => nextLocal + (r.At - dueLocal)), next.Value.AssigneeId, cancellationToken));
        db.Tasks.Add(next.Value);
        await reminders.ScheduleAsync(next.Value, cancellationToken);
    }

    private static DateTime? DueLocal(ActivityTask task, TimeZoneInfo zone) =>
        task.DueDate is { } day ? day.ToDateTime(TimeOnly.MinValue)
        : task.DueAtUtc is { } at ? DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(at, zone).DateTime, DateTimeKind.Unspecified)
        : null;

    private async Task<TimeZoneInfo> ZoneOfAsync(Guid userId, CancellationToken cancellationToken) =>
        ZonedTime.FindZone((await users.FindUserAsync(userId, cancellationToken))?.TimeZone);
}
