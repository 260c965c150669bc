using Crm.Modules.Activities.Domain.Appointments;
using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Tasks;

/// <summary>
/// How a task comes back once done: an RFC 5545 rule (<c>FREQ=WEEKLY;BYDAY=MO</c>) counted from the series' first due,
/// a day, or a wall-clock time of the assignee's zone (so a task due at 9:00 stays due at 9:00 across clock changes).
/// Every task of a series carries the same rule and first due, so COUNT and UNTIL end the series where they say.
/// </summary>
internal sealed record TaskRepeat(string Rule, DateTime FirstDueLocal)
{
    public static Result<TaskRepeat?> Create(string? recurrence, DateTime? dueLocal)
    {
        var rule = RecurrenceRules.Read(recurrence, "task");
        if (!rule.IsSuccess)
        {
            return rule.Error!;
        }

        if (rule.Value is null)
        {
            return (TaskRepeat?)null;
        }

        return dueLocal is { } due
            ? new TaskRepeat(rule.Value, due)
            : Error.Validation("task.recurrence_needs_due", "Only a task with a due date or time repeats: give it one.");
    }

    /// <summary>The next due after <paramref name="dueLocal"/>: a day for a task due on a day, else a wall-clock time in <paramref name="timeZone"/>.</summary>
    public DateTime? NextDueAfter(DateTime dueLocal, bool onDay, string timeZone)
    {
        var schedule = onDay
            ? AppointmentSchedule.AllDayEvent(timeZone, DateOnly.FromDateTime(FirstDueLocal), DateOnly.FromDateTime(FirstDueLocal), Rule, null)
            : AppointmentSchedule.Timed(timeZone, FirstDueLocal, FirstDueLocal.AddMinutes(1), Rule, null);
        return schedule.IsSuccess
            ? schedule.Value.FirstStartingAfter(dueLocal)?.StartLocal
            : throw new InvalidOperationException($"A stored repeat does not read back: {schedule.Error!.Message}");
    }
}
