namespace Crm.Modules.Activities.Domain.Appointments;

/// <summary>
/// A user or a contact (of the Contacts module, by id) taking part in an appointment, with their answer. The organiser
/// is a user attendee too. The appointment's times are copied here so a person's calendar is read from their own rows.
/// </summary>
internal sealed class AppointmentAttendee
{
    private AppointmentAttendee(AppointmentId appointmentId, AttendeeKind kind, Guid attendeeId, bool isOrganizer, AttendeeResponse response)
    {
        AppointmentId = appointmentId;
        Kind = kind;
        AttendeeId = attendeeId;
        IsOrganizer = isOrganizer;
        Response = response;
    }

    public AppointmentId AppointmentId { get; private set; }

    public AttendeeKind Kind { get; private set; }

    public Guid AttendeeId { get; private set; }

    public bool IsOrganizer { get; private set; }

    public AttendeeResponse Response { get; private set; }

    public DateTimeOffset? RespondedAtUtc { get; private set; }

    public DateTimeOffset StartUtc { get; private set; }

    public DateTimeOffset EndUtc { get; private set; }

    /// <summary>When the series ends; null for a series without end.</summary>
    public DateTimeOffset? SeriesEndUtc { get; private set; }

    public bool Recurring { get; private set; }

    public bool Cancelled { get; private set; }

    public static AppointmentAttendee Organizer(AppointmentId appointmentId, Guid userId) =>
        new(appointmentId, AttendeeKind.User, userId, isOrganizer: true, AttendeeResponse.Accepted);

    public static AppointmentAttendee Invited(AppointmentId appointmentId, AttendeeKind kind, Guid attendeeId) =>
        new(appointmentId, kind, attendeeId, isOrganizer: false, AttendeeResponse.NeedsAction);

    public void Answer(AttendeeResponse response, DateTimeOffset now)
    {
        Response = response;
        RespondedAtUtc = now;
    }

    public void AskAgain()
    {
        Response = AttendeeResponse.NeedsAction;
        RespondedAtUtc = null;
    }

    public void Follow(AppointmentSchedule schedule, bool cancelled)
    {
        StartUtc = schedule.StartUtc;
        EndUtc = schedule.EndUtc;
        SeriesEndUtc = schedule.SeriesEndUtc;
        Recurring = schedule.IsRecurring;
        Cancelled = cancelled;
    }

    public bool Is(AttendeeKind kind, Guid id) => Kind == kind && AttendeeId == id;
}
