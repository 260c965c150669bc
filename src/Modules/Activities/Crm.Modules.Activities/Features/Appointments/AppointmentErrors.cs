using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Features.Appointments;

internal static class AppointmentErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("appointment.not_found", $"No appointment you can see has the id {id}.");

    public static Error UserInactive(Guid id) => Error.RuleBroken("appointment.attendee_inactive", $"No active user has the id {id}: only active colleagues are invited.");

    public static Error ContactNotFound(Guid id) => Error.RuleBroken("appointment.contact_not_found", $"No contact you can see has the id {id}.");

    public static Error NotOrganizer() => Error.Forbidden("appointment.not_organizer", "Only the organiser, or a manager who sees the organiser's records, changes an appointment.");
}
