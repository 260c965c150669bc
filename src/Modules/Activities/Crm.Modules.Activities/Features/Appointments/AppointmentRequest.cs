namespace Crm.Modules.Activities.Features.Appointments;

/// <summary>
/// An appointment as the client writes it. A timed one runs from <see cref="Start"/> to <see cref="End"/>, wall-clock
/// times without offset in <see cref="TimeZone"/> (yours when not given); an all-day one (<see cref="AllDay"/>) from
/// <see cref="StartDate"/> to <see cref="EndDate"/>, both included. <see cref="Recurrence"/> is an RFC 5545 RRULE
/// (e.g. <c>FREQ=WEEKLY;BYDAY=MO;COUNT=10</c>) and <see cref="Exceptions"/> the wall-clock starts it leaves out.
/// You organise it; <see cref="UserIds"/> and <see cref="ContactIds"/> are invited, contacts by an email with an
/// iCalendar invitation unless <see cref="SendInvitations"/> is false. Attendees are reminded
/// <see cref="ReminderMinutesBefore"/> each occurrence (15 minutes for a timed appointment when not given on creation;
/// kept as it was when not given on update).
/// </summary>
internal sealed record AppointmentRequest(
    string? Title,
    string? Description,
    string? Location,
    string? VideoLink,
    string? TimeZone,
    bool AllDay,
    DateTime? Start,
    DateTime? End,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Recurrence,
    IReadOnlyList<DateTime>? Exceptions,
    IReadOnlyList<Guid>? UserIds,
    IReadOnlyList<Guid>? ContactIds,
    string? RelatedType,
    Guid? RelatedId,
    bool? SendInvitations = null,
    IReadOnlyList<int>? ReminderMinutesBefore = null);
