namespace Crm.Modules.Activities.Domain.Appointments;

internal enum AppointmentStatus
{
    Scheduled,
    Cancelled,
}

internal enum AttendeeKind
{
    User,
    Contact,
}

/// <summary>An attendee's answer, as iCalendar's PARTSTAT names them.</summary>
internal enum AttendeeResponse
{
    NeedsAction,
    Accepted,
    Tentative,
    Declined,
}
