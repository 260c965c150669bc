using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Activities.Features.Calendars;

namespace Crm.Modules.Activities.Features.Appointments;

/// <summary>
/// An appointment: wall-clock <see cref="Start"/> and <see cref="End"/> in <see cref="TimeZone"/> (for an all-day event,
/// <see cref="StartDate"/> to <see cref="EndDate"/>, both included), the first occurrence's instants, and, after a
/// create or an update, the attendees' other appointments it overlaps (<see cref="Conflicts"/>, a warning only) and
/// what became of the contacts' emailed invitations (<see cref="Invitations"/>).
/// </summary>
internal sealed record AppointmentResponse(
    Guid Id,
    string Title,
    string? Description,
    string? Location,
    string? VideoLink,
    string TimeZone,
    bool AllDay,
    DateTime Start,
    DateTime End,
    DateOnly? StartDate,
    DateOnly? EndDate,
    DateTimeOffset StartUtc,
    DateTimeOffset EndUtc,
    string? Recurrence,
    IReadOnlyList<DateTime> Exceptions,
    IReadOnlyList<int> ReminderMinutesBefore,
    Guid OrganizerId,
    IReadOnlyList<AttendeeResponseItem> Attendees,
    string? RelatedType,
    Guid? RelatedId,
    AppointmentStatus Status,
    int Sequence,
    DateTimeOffset CreatedAtUtc,
    int Version,
    IReadOnlyList<AppointmentConflict> Conflicts,
    IReadOnlyList<InvitationOutcome> Invitations)
{
    public static AppointmentResponse From(
        Appointment appointment, IReadOnlyList<AppointmentConflict>? conflicts = null, IReadOnlyList<InvitationOutcome>? invitations = null) => new(
        appointment.Id.Value,
        appointment.Title,
        appointment.Description,
        appointment.Location,
        appointment.VideoLink,
        appointment.TimeZone,
        appointment.AllDay,
        appointment.StartLocal,
        appointment.EndLocal,
        appointment.AllDay ? DateOnly.FromDateTime(appointment.StartLocal) : null,
        appointment.AllDay ? DateOnly.FromDateTime(appointment.EndLocal).AddDays(-1) : null,
        appointment.StartUtc,
        appointment.EndUtc,
        appointment.Recurrence,
        appointment.Exceptions,
        appointment.ReminderMinutes,
        appointment.OrganizerId,
        appointment.Attendees
            .OrderByDescending(a => a.IsOrganizer).ThenBy(a => a.Kind)
            .Select(a => new AttendeeResponseItem(a.Kind, a.AttendeeId, a.IsOrganizer, a.Response, a.RespondedAtUtc))
            .ToList(),
        appointment.RelatedType,
        appointment.RelatedId,
        appointment.Status,
        appointment.Sequence,
        appointment.CreatedAtUtc,
        appointment.Version,
        conflicts ?? [],
        invitations ?? []);
}

internal sealed record AttendeeResponseItem(AttendeeKind Kind, Guid Id, bool IsOrganizer, AttendeeResponse Response, DateTimeOffset? RespondedAtUtc);

/// <summary>Another appointment a user attends at the same time; its title only when the caller may see it.</summary>
internal sealed record AppointmentConflict(Guid UserId, Guid AppointmentId, string? Title, DateTimeOffset StartUtc, DateTimeOffset EndUtc);
