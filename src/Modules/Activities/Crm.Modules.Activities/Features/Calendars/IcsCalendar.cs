using Crm.Modules.Activities.Domain.Appointments;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Crm.Modules.Activities.Features.Calendars;

/// <summary>A person as an iCalendar ORGANIZER or ATTENDEE shows them; without an email address they are left out.</summary>
internal sealed record IcsPerson(string Name, string? Email);

/// <summary>
/// Writes appointments as iCalendar (RFC 5545): one VEVENT per appointment with its RRULE and EXDATEs, times with
/// their TZID and a VTIMEZONE for each zone used, so any client expands a series at the right wall-clock time.
/// </summary>
internal static class IcsCalendar
{
    public const string ContentType = "text/calendar";

    public static string Write(
        IEnumerable<Appointment> appointments, string method, string? name, Func<AttendeeKind, Guid, IcsPerson?> people, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Crm//Agenda//FR", Method = method };
        if (name is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", name);
        }

        var list = appointments.ToList();
        foreach (var zone in list.Where(a => !a.AllDay).GroupBy(a => a.TimeZone))
        {
            // The rules from the earliest start on; Ical.Net reads a zone's changes up to now, so never from later than now.
            var earliest = zone.Min(a => a.StartLocal);
            calendar.AddTimeZone(zone.Key, (earliest < now.UtcDateTime ? earliest : now.UtcDateTime).AddDays(-1), includeHistoricalData: false);
        }

        foreach (var appointment in list)
        {
            calendar.Events.Add(ToEvent(appointment, people, now));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    public static string Uid(AppointmentId id) => $"{id.Value}@crm";

    private static CalendarEvent ToEvent(Appointment appointment, Func<AttendeeKind, Guid, IcsPerson?> people, DateTimeOffset now)
    {
        var calendarEvent = appointment.Schedule.ToEvent();
        calendarEvent.Uid = Uid(appointment.Id);
        calendarEvent.DtStamp = new CalDateTime(now.UtcDateTime, "UTC");
        calendarEvent.Sequence = appointment.Sequence;
        calendarEvent.Summary = appointment.Title;
        calendarEvent.Description = appointment.VideoLink is null ? appointment.Description : $"{appointment.Description}\n\n{appointment.VideoLink}".TrimStart();
        calendarEvent.Location = appointment.Location ?? appointment.VideoLink;
        calendarEvent.Status = appointment.Status == AppointmentStatus.Cancelled ? "CANCELLED" : "CONFIRMED";
        calendarEvent.Transparency = appointment.AllDay ? "TRANSPARENT" : "OPAQUE";
        if (appointment.VideoLink is not null)
        {
            calendarEvent.Url = new Uri(appointment.VideoLink);
        }

        foreach (var attendee in appointment.Attendees)
        {
            if (people(attendee.Kind, attendee.AttendeeId) is not { Email: { } email } person)
            {
                continue;
            }

            if (attendee.IsOrganizer)
            {
                calendarEvent.Organizer = new Organizer($"mailto:{email}") { CommonName = person.Name };
            }

            calendarEvent.Attendees.Add(new Attendee($"mailto:{email}")
            {
                CommonName = person.Name,
                ParticipationStatus = PartStat(attendee.Response),
                Role = attendee.IsOrganizer ? "CHAIR" : "REQ-PARTICIPANT",
                Rsvp = !attendee.IsOrganizer && attendee.Response == AttendeeResponse.NeedsAction,
            });
        }

        return calendarEvent;
    }

    private static string PartStat(AttendeeResponse response) => response switch
    {
        AttendeeResponse.Accepted => "ACCEPTED",
        AttendeeResponse.Tentative => "TENTATIVE",
        AttendeeResponse.Declined => "DECLINED",
        _ => "NEEDS-ACTION",
    };
}
