using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Appointments;

/// <summary>
/// A meeting, call slot or all-day event organised by a user, in the organiser's chosen IANA time zone, with users and
/// contacts attending, optionally repeating. Its owner for record visibility is the organiser; its attendees see it too.
/// <see cref="Sequence"/> counts the changes attendees' calendars must take (iCalendar SEQUENCE).
/// </summary>
internal sealed class Appointment : AggregateRoot<AppointmentId>
{
    private static readonly TimeSpan HeldLookBack = TimeSpan.FromDays(7);
    private static readonly TimeSpan NextEndLookAhead = TimeSpan.FromDays(400);
    private readonly List<AppointmentAttendee> _attendees = [];
    private AppointmentSchedule? _schedule;

    private Appointment(AppointmentId id, Guid organizerId, Guid createdBy, DateTimeOffset createdAtUtc)
        : base(id)
    {
        OrganizerId = organizerId;
        CreatedBy = createdBy;
        CreatedAtUtc = createdAtUtc;
        Title = string.Empty;
        TimeZone = string.Empty;
    }

    [PersonalData]
    public string Title { get; private set; }

    [PersonalData]
    public string? Description { get; private set; }

    [PersonalData]
    public string? Location { get; private set; }

    public string? VideoLink { get; private set; }

    public string? RelatedType { get; private set; }

    public Guid? RelatedId { get; private set; }

    public Guid OrganizerId { get; private set; }

    public AppointmentStatus Status { get; private set; }

    public int Sequence { get; private set; }

    public string TimeZone { get; private set; }

    public bool AllDay { get; private set; }

    public DateTime StartLocal { get; private set; }

    public DateTime EndLocal { get; private set; }

    public string? Recurrence { get; private set; }

    public List<DateTime> Exceptions { get; private set; } = [];

    /// <summary>How long before each occurrence its attendees are reminded, in minutes.</summary>
    public List<int> ReminderMinutes { get; private set; } = [];

    public DateTimeOffset StartUtc { get; private set; }

    public DateTimeOffset EndUtc { get; private set; }

    public DateTimeOffset? SeriesEndUtc { get; private set; }

    /// <summary>Until when the occurrences that took place were told (<see cref="MeetingHeld"/>); null before the first.</summary>
    public DateTimeOffset? HeldThroughUtc { get; private set; }

    /// <summary>When the next occurrence to tell about ends; null when none is left (cancelled, or a series over).</summary>
    public DateTimeOffset? NextHeldAtUtc { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAtUtc { get; private set; }

    public IReadOnlyList<AppointmentAttendee> Attendees => _attendees;

    public AppointmentSchedule Schedule =>
        _schedule ??= AppointmentSchedule.Restore(TimeZone, AllDay, StartLocal, EndLocal, Recurrence, Exceptions);

    public IEnumerable<Guid> UserIds => _attendees.Where(a => a.Kind == AttendeeKind.User).Select(a => a.AttendeeId);

    public IEnumerable<Guid> ContactIds => _attendees.Where(a => a.Kind == AttendeeKind.Contact).Select(a => a.AttendeeId);

    public static Appointment Create(
        AppointmentDetails details, AppointmentSchedule schedule, Guid organizerId, IEnumerable<Guid> userIds, IEnumerable<Guid> contactIds,
        Guid createdBy, DateTimeOffset now)
    {
        var appointment = new Appointment(AppointmentId.New(), organizerId, createdBy, now);
        appointment._attendees.Add(AppointmentAttendee.Organizer(appointment.Id, organizerId));
        appointment.Apply(details);
        appointment.SetAttendees(userIds, contactIds);
        appointment.Reschedule(schedule);
        return appointment;
    }

    /// <summary>
    /// Rewrites the appointment. Attendees who stay keep their answers unless the times changed, when they are asked
    /// again; the organiser stays.
    /// </summary>
    public Result Change(AppointmentDetails details, AppointmentSchedule schedule, IEnumerable<Guid> userIds, IEnumerable<Guid> contactIds)
    {
        if (Status == AppointmentStatus.Cancelled)
        {
            return Cancelled();
        }

        var timesChanged = schedule.StartUtc != Schedule.StartUtc || schedule.EndUtc != Schedule.EndUtc
            || schedule.AllDay != Schedule.AllDay || schedule.Recurrence != Schedule.Recurrence;
        Apply(details);
        SetAttendees(userIds, contactIds);
        if (timesChanged)
        {
            foreach (var attendee in _attendees.Where(a => !a.IsOrganizer))
            {
                attendee.AskAgain();
            }
        }

        Reschedule(schedule);
        Sequence++;
        return Result.Success();
    }

    /// <summary>Leaves one occurrence out of the series (an EXDATE), as cancelling that occurrence only.</summary>
    public Result LeaveOut(DateTime originalStartLocal)
    {
        if (Status == AppointmentStatus.Cancelled)
        {
            return Cancelled();
        }

        if (!Schedule.HasOccurrenceAt(originalStartLocal))
        {
            return Error.NotFound("appointment.occurrence_not_found", $"The series has no occurrence starting at {originalStartLocal:yyyy-MM-ddTHH:mm} ({TimeZone}).");
        }

        var schedule = Schedule.Without(originalStartLocal);
        if (!schedule.IsSuccess)
        {
            return schedule.Error!;
        }

        Reschedule(schedule.Value);
        Sequence++;
        return Result.Success();
    }

    public Result Cancel()
    {
        if (Status == AppointmentStatus.Cancelled)
        {
            return Cancelled();
        }

        Status = AppointmentStatus.Cancelled;
        NextHeldAtUtc = null;
        Sequence++;
        foreach (var attendee in _attendees)
        {
            attendee.Follow(Schedule, cancelled: true);
        }

        return Result.Success();
    }

    public Result Answer(AttendeeKind kind, Guid attendeeId, AttendeeResponse response, DateTimeOffset now)
    {
        if (Status == AppointmentStatus.Cancelled)
        {
            return Cancelled();
        }

        var attendee = _attendees.FirstOrDefault(a => a.Is(kind, attendeeId));
        if (attendee is null)
        {
            return Error.NotFound("appointment.attendee_not_found", $"The {kind.ToString().ToLowerInvariant()} {attendeeId} is not invited to this appointment.");
        }

        if (attendee.IsOrganizer)
        {
            return Error.Conflict("appointment.organizer_answers", "The organiser attends their own appointment.");
        }

        attendee.Answer(response, now);
        return Result.Success();
    }

    /// <summary>
    /// Tells of the occurrences that ended by <paramref name="now"/> since last told, a week back at most (an appointment
    /// entered long after it took place is not news), and looks for the next one.
    /// </summary>
    public void RecordHeld(DateTimeOffset now)
    {
        if (Status == AppointmentStatus.Cancelled)
        {
            NextHeldAtUtc = null;
            return;
        }

        var since = HeldThroughUtc is { } told && told > now - HeldLookBack ? told : now - HeldLookBack;
        var users = _attendees.Where(a => a.Kind == AttendeeKind.User && a.Response != AttendeeResponse.Declined).Select(a => a.AttendeeId).ToList();
        var contacts = _attendees.Where(a => a.Kind == AttendeeKind.Contact && a.Response != AttendeeResponse.Declined).Select(a => a.AttendeeId).ToList();
        foreach (var occurrence in Schedule.Between(since - Schedule.Length, now).Where(o => o.EndUtc > since && o.EndUtc <= now))
        {
            Raise(new MeetingHeld(Id, Title, Location, OrganizerId, occurrence, users, contacts, RelatedType, RelatedId, occurrence.EndUtc));
        }

        HeldThroughUtc = now;
        NextHeldAtUtc = NextEndAfter(now);
    }

    /// <summary>Whether <paramref name="userId"/> takes part (organises or is invited).</summary>
    public bool Involves(Guid userId) => _attendees.Any(a => a.Is(AttendeeKind.User, userId));

    /// <summary>Points the related record, and a contact attendee when contacts merged, from a merged record to the one kept.</summary>
    public void FollowMerge(string relatedType, Guid mergedId, Guid keptId)
    {
        if (RelatedType == relatedType && RelatedId == mergedId)
        {
            RelatedId = keptId;
        }

        var merged = _attendees.FirstOrDefault(a => relatedType == "contact" && a.Is(AttendeeKind.Contact, mergedId));
        if (merged is not null)
        {
            _attendees.Remove(merged);
            if (!_attendees.Any(a => a.Is(AttendeeKind.Contact, keptId)))
            {
                var kept = AppointmentAttendee.Invited(Id, AttendeeKind.Contact, keptId);
                kept.Follow(Schedule, Status == AppointmentStatus.Cancelled);
                _attendees.Add(kept);
            }
        }
    }

    public void RemindBefore(IEnumerable<int> minutes) => ReminderMinutes = [.. minutes.Distinct().Order()];

    /// <summary>The users to remind: attendees who have not declined, while the appointment is scheduled.</summary>
    public IEnumerable<Guid> UsersToRemind => Status == AppointmentStatus.Cancelled
        ? []
        : _attendees.Where(a => a.Kind == AttendeeKind.User && a.Response != AttendeeResponse.Declined).Select(a => a.AttendeeId);

    /// <summary>Drops a deleted contact, company or deal: as the related record, and a contact as an attendee.</summary>
    public void Forget(string recordType, Guid recordId)
    {
        if (RelatedType == recordType && RelatedId == recordId)
        {
            RelatedType = null;
            RelatedId = null;
        }

        if (recordType == "contact")
        {
            _attendees.RemoveAll(a => a.Is(AttendeeKind.Contact, recordId));
        }
    }

    private void Apply(AppointmentDetails details)
    {
        Title = details.Title;
        Description = details.Description;
        Location = details.Location;
        VideoLink = details.VideoLink;
        RelatedType = details.RelatedType;
        RelatedId = details.RelatedId;
    }

    private void SetAttendees(IEnumerable<Guid> userIds, IEnumerable<Guid> contactIds)
    {
        var wanted = userIds.Where(u => u != OrganizerId).Distinct().Select(u => (Kind: AttendeeKind.User, Id: u))
            .Concat(contactIds.Distinct().Select(c => (Kind: AttendeeKind.Contact, Id: c)))
            .ToList();
        _attendees.RemoveAll(a => !a.IsOrganizer && !wanted.Contains((a.Kind, a.AttendeeId)));
        foreach (var (kind, id) in wanted.Where(w => !_attendees.Any(a => a.Is(w.Kind, w.Id))))
        {
            _attendees.Add(AppointmentAttendee.Invited(Id, kind, id));
        }
    }

    private void Reschedule(AppointmentSchedule schedule)
    {
        _schedule = schedule;
        TimeZone = schedule.TimeZone;
        AllDay = schedule.AllDay;
        StartLocal = schedule.StartLocal;
        EndLocal = schedule.EndLocal;
        Recurrence = schedule.Recurrence;
        Exceptions = [.. schedule.Exceptions];
        StartUtc = schedule.StartUtc;
        EndUtc = schedule.EndUtc;
        SeriesEndUtc = schedule.SeriesEndUtc;
        NextHeldAtUtc = Status == AppointmentStatus.Cancelled ? null : NextEndAfter(HeldThroughUtc ?? DateTimeOffset.MinValue);
        foreach (var attendee in _attendees)
        {
            attendee.Follow(schedule, Status == AppointmentStatus.Cancelled);
        }
    }

    private DateTimeOffset? NextEndAfter(DateTimeOffset instant)
    {
        if (EndUtc > instant)
        {
            return EndUtc;
        }

        return SeriesEndUtc is { } end && end <= instant
            ? null
            : Schedule.Between(instant, instant + NextEndLookAhead).Select(o => (DateTimeOffset?)o.EndUtc).FirstOrDefault(e => e > instant);
    }

    private static Error Cancelled() => Error.Conflict("appointment.cancelled", "The appointment is cancelled.");
}
