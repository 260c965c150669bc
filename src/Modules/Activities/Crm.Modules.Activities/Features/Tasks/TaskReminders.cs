using System.Globalization;
using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Domain.Tasks;
using Crm.Modules.Activities.Features.Reminders;
using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Activities.Features.Tasks;

/// <summary>A reminder as the client writes it: <see cref="At"/> is a local date and time without offset (<c>2027-03-28T09:00</c>).</summary>
internal sealed record TaskReminderInput(string? At);

/// <summary>A task's reminder as read: the local time given, and the instant it names in the assignee's time zone.</summary>
internal sealed record TaskReminderResponse(string At, DateTimeOffset AtUtc)
{
    public static TaskReminderResponse From(TaskReminder reminder) =>
        new(reminder.At.ToString(TaskReminderPlanner.LocalFormat, CultureInfo.InvariantCulture), reminder.AtUtc);
}

/// <summary>
/// Reads reminders' local times in the assignee's time zone (<see cref="ZonedTime"/>) and keeps the reminder rows of
/// a task in step with it: an open task's reminders are scheduled, a done or cancelled task's unfired ones dropped.
/// </summary>
internal sealed class TaskReminderPlanner(IUserDirectory users, ReminderSchedule schedule)
{
    public const string LocalFormat = "yyyy-MM-ddTHH:mm";

    private static readonly string[] Formats = [LocalFormat, "yyyy-MM-ddTHH:mm:ss"];

    public static bool IsLocalDateTime(string? text) => TryParse(text, out _);

    public static bool TryParse(string? text, out DateTime local) =>
        DateTime.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local);

    public async Task<IReadOnlyList<TaskReminder>> ResolveAsync(IEnumerable<DateTime> locals, Guid assigneeId, CancellationToken cancellationToken)
    {
        var zone = ZonedTime.FindZone((await users.FindUserAsync(assigneeId, cancellationToken))?.TimeZone);
        return [.. locals.Select(local => new TaskReminder(local, ZonedTime.ToUtc(local, zone)))];
    }

    public Task ScheduleAsync(ActivityTask task, CancellationToken cancellationToken) =>
        task.Status == TaskState.Open
            ? schedule.ReplaceAsync(ReminderSubjects.Task, task.Id.Value, task.Reminders.Select(r => new ReminderSpec(task.AssigneeId, r.AtUtc, task.Title)), cancellationToken)
            : schedule.ClearAsync(ReminderSubjects.Task, task.Id.Value, cancellationToken);
}
