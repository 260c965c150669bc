using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Domain.Reminders;
using Crm.Modules.Activities.Features.Reminders;
using Crm.Modules.Activities.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.Appointments;

/// <summary>
/// Keeps an appointment's reminder rows in step with it: for each attendee who has not declined and each delay, one
/// reminder before the next occurrence to come. When a series' reminder fires, the dispatcher asks for the one of the
/// occurrence after, in the same transaction, so a series is reminded of occurrence by occurrence without end.
/// </summary>
internal sealed class AppointmentReminders(ActivitiesDbContext db, ReminderSchedule schedule, TimeProvider time)
{
    public const int MaxReminders = 5;
    public const int MaxMinutesBefore = 4 * 7 * 24 * 60;
    public static readonly IReadOnlyList<int> Default = [15];

    private static readonly TimeSpan LookAhead = TimeSpan.FromDays(400);

    public Task PlanAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reminders =
            from userId in appointment.UsersToRemind
            from minutes in appointment.ReminderMinutes
            let occurrence = NextOccurrence(appointment, now + TimeSpan.FromMinutes(minutes))
            where occurrence is not null
            select new ReminderSpec(userId, occurrence.Value.StartUtc - TimeSpan.FromMinutes(minutes), appointment.Title, occurrence.Value.StartUtc);
        return schedule.ReplaceAsync(ReminderSubjects.Appointment, appointment.Id.Value, reminders.ToList(), cancellationToken);
    }

    /// <summary>After <paramref name="fired"/> went off, schedules the same reminder for the series' next occurrence.</summary>
    public async Task PlanNextAsync(Reminder fired, CancellationToken cancellationToken)
    {
        if (fired.SubjectType != ReminderSubjects.Appointment || fired.OccurrenceStartUtc is not { } occurrenceStart)
        {
            return;
        }

        var appointment = await db.Appointments.AsNoTracking().Include(a => a.Attendees)
            .FirstOrDefaultAsync(a => a.Id == new AppointmentId(fired.SubjectId), cancellationToken);
        var before = occurrenceStart - fired.DueAtUtc;
        if (appointment is not { Schedule.IsRecurring: true } || !appointment.UsersToRemind.Contains(fired.UserId)
            || !appointment.ReminderMinutes.Contains((int)before.TotalMinutes))
        {
            return;
        }

        if (NextOccurrence(appointment, occurrenceStart + TimeSpan.FromMinutes(1)) is { } next)
        {
            schedule.Add(ReminderSubjects.Appointment, appointment.Id.Value, new ReminderSpec(fired.UserId, next.StartUtc - before, appointment.Title, next.StartUtc));
        }
    }

    private static Occurrence? NextOccurrence(Appointment appointment, DateTimeOffset startingFrom)
    {
        foreach (var occurrence in appointment.Schedule.Between(startingFrom, startingFrom + LookAhead))
        {
            if (occurrence.StartUtc >= startingFrom)
            {
                return occurrence;
            }
        }

        return null;
    }
}
