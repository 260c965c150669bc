using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.Appointments;

/// <summary>
/// Loads an appointment the caller may see: one they attend, or one whose organiser's records they see (the
/// visibility rules, organiser as owner). Changes are for the organiser or whoever sees the organiser's records.
/// </summary>
internal sealed class VisibleAppointmentLoader(ActivitiesDbContext db, IRecordVisibility visibility, ICurrentUser currentUser)
{
    public async Task<Result<Appointment>> LoadAsync(Guid id, AppointmentAccess access, CancellationToken cancellationToken)
    {
        var appointments = access == AppointmentAccess.Read ? db.Appointments.AsNoTracking() : db.Appointments;
        var appointment = await appointments.Include(a => a.Attendees).FirstOrDefaultAsync(a => a.Id == new AppointmentId(id), cancellationToken);
        if (appointment is null)
        {
            return AppointmentErrors.NotFound(id);
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Activities, cancellationToken);
        var seesOrganizer = visible.Includes(appointment.OrganizerId);
        if (!seesOrganizer && !appointment.Involves(currentUser.Id))
        {
            return AppointmentErrors.NotFound(id);
        }

        if (access == AppointmentAccess.Change && !seesOrganizer)
        {
            return AppointmentErrors.NotOrganizer();
        }

        return appointment;
    }
}

internal enum AppointmentAccess
{
    Read,

    /// <summary>Tracked, for an attendee's answer.</summary>
    Answer,

    /// <summary>Tracked, for the organiser's side.</summary>
    Change,
}
