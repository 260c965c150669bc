using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Activities.Features.Appointments;

/// <summary>
/// Finds the users' other appointments an appointment overlaps, over its first 90 days: a warning to the organiser,
/// never a refusal. All-day events and appointments a user declined do not count as busy.
/// </summary>
internal sealed class ConflictFinder(AttendedOccurrences occurrences, IRecordVisibility visibility, ICurrentUser currentUser)
{
    public const int MaxConflicts = 20;
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(90);

    public async Task<IReadOnlyList<AppointmentConflict>> FindAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        if (appointment.AllDay || appointment.Status == AppointmentStatus.Cancelled)
        {
            return [];
        }

        var from = appointment.StartUtc;
        var to = appointment.SeriesEndUtc is { } end && end < from + Horizon ? end : from + Horizon;
        var mine = appointment.Schedule.Between(from, to);
        var users = appointment.Attendees.Where(a => a.Kind == AttendeeKind.User && a.Response != AttendeeResponse.Declined).Select(a => a.AttendeeId).ToList();
        var others = await occurrences.BetweenAsync(users, from, to, cancellationToken);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Activities, cancellationToken);

        var conflicts = new List<AppointmentConflict>();
        foreach (var other in others.Where(o => o.Appointment.Id != appointment.Id && !o.Appointment.AllDay))
        {
            var overlapping = mine.Any(m => m.StartUtc < other.Occurrence.EndUtc && other.Occurrence.StartUtc < m.EndUtc);
            if (!overlapping)
            {
                continue;
            }

            var shown = visible.Includes(other.Appointment.OrganizerId) || other.Appointment.Involves(currentUser.Id);
            foreach (var busy in other.Appointment.Attendees.Where(a => users.Contains(a.AttendeeId) && a.Kind == AttendeeKind.User && a.Response != AttendeeResponse.Declined))
            {
                conflicts.Add(new AppointmentConflict(busy.AttendeeId, other.Appointment.Id.Value, shown ? other.Appointment.Title : null, other.Occurrence.StartUtc, other.Occurrence.EndUtc));
            }

            if (conflicts.Count >= MaxConflicts)
            {
                break;
            }
        }

        return conflicts.Take(MaxConflicts).ToList();
    }
}
