using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.Appointments;

/// <summary>
/// The occurrences of the scheduled appointments some people (users or contacts) attend over a range, recurrences
/// expanded. Read from the attendees' own rows: one-off appointments by their start, series apart.
/// </summary>
internal sealed class AttendedOccurrences(ActivitiesDbContext db)
{
    /// <summary>All-day events are dated in their own zone: the range is widened by a day for them, and callers narrow it.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromDays(1);

    public async Task<IReadOnlyList<AttendedOccurrence>> BetweenAsync(
        IReadOnlyCollection<Guid> attendeeIds, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        var ids = attendeeIds.ToList();
        fromUtc = fromUtc.ToUniversalTime();
        toUtc = toUtc.ToUniversalTime();
        var from = fromUtc - Margin;
        var to = toUtc + Margin;
        var earliestStart = from - AppointmentSchedule.MaxTimedLength - TimeSpan.FromDays(AppointmentSchedule.MaxAllDayLength);
        var rows = await db.AppointmentAttendees.AsNoTracking()
            .Where(a => ids.Contains(a.AttendeeId) && !a.Recurring && a.StartUtc >= earliestStart && a.StartUtc < to && a.EndUtc > from && !a.Cancelled)
            .Select(a => new { a.AppointmentId, a.AttendeeId, a.Response })
            .Concat(db.AppointmentAttendees.AsNoTracking()
                .Where(a => ids.Contains(a.AttendeeId) && a.Recurring && a.StartUtc < to && (a.SeriesEndUtc == null || a.SeriesEndUtc > from) && !a.Cancelled)
                .Select(a => new { a.AppointmentId, a.AttendeeId, a.Response }))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var appointmentIds = rows.Select(r => r.AppointmentId).Distinct().ToList();
        var appointments = await db.Appointments.AsNoTracking().Include(a => a.Attendees)
            .Where(a => appointmentIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return appointments.Values
            .SelectMany(a => a.Schedule.Between(a.AllDay ? from : fromUtc, a.AllDay ? to : toUtc).Select(o => new AttendedOccurrence(a, o)))
            .OrderBy(o => o.Occurrence.StartUtc)
            .ToList();
    }
}

internal sealed record AttendedOccurrence(Appointment Appointment, Occurrence Occurrence);
