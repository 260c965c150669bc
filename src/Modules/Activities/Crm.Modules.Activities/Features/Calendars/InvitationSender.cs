using System.Globalization;
using System.Text;
using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Mail;

namespace Crm.Modules.Activities.Features.Calendars;

/// <summary>
/// Emails the contacts of an appointment an iCalendar invitation (<c>METHOD:REQUEST</c>) or its cancellation
/// (<c>METHOD:CANCEL</c>), in the organiser's language, once the appointment is saved. A contact without an email
/// address, mail not set up or a refused message is told in the outcome; the appointment stays saved.
/// </summary>
internal sealed class InvitationSender(IMailSender mail, CalendarPeople people, ICurrentUser currentUser, TimeProvider time)
{
    public async Task<IReadOnlyList<InvitationOutcome>> SendAsync(
        Appointment appointment, IReadOnlyCollection<Guid> contactIds, bool cancellation, CancellationToken cancellationToken)
    {
        if (contactIds.Count == 0)
        {
            return [];
        }

        var lookup = await people.ForAsync([appointment], cancellationToken, contactIds);
        if (!mail.IsConfigured)
        {
            return contactIds.Select(id => new InvitationOutcome(id, lookup(AttendeeKind.Contact, id)?.Email, false, "mail.not_configured")).ToList();
        }

        var language = (await currentUser.GetPreferencesAsync(cancellationToken)).Language;
        var method = cancellation ? "CANCEL" : "REQUEST";
        var ics = IcsCalendar.Write([appointment], method, name: null, lookup, time.GetUtcNow());
        var attachment = new MailAttachment("invitation.ics", $"{IcsCalendar.ContentType}; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(ics));
        var organizer = lookup(AttendeeKind.User, appointment.OrganizerId)?.Name ?? string.Empty;
        var outcomes = new List<InvitationOutcome>();
        foreach (var contactId in contactIds)
        {
            if (lookup(AttendeeKind.Contact, contactId) is not { Email: { } email })
            {
                outcomes.Add(new InvitationOutcome(contactId, null, false, "contact.no_email"));
                continue;
            }

            var message = new OutgoingMail(
                [email], [], Subject(language, appointment, cancellation), Body(language, appointment, organizer, cancellation), Attachments: [attachment]);
            var sent = await mail.SendAsync(message, cancellationToken);
            outcomes.Add(new InvitationOutcome(contactId, email, sent.IsSuccess, sent.Error?.Code));
        }

        return outcomes;
    }

    private static string Subject(string language, Appointment appointment, bool cancellation) => (English(language), cancellation) switch
    {
        (true, false) => $"Invitation: {appointment.Title} – {When(language, appointment)}",
        (true, true) => $"Cancelled: {appointment.Title} – {When(language, appointment)}",
        (false, false) => $"Invitation : {appointment.Title} – {When(language, appointment)}",
        (false, true) => $"Annulé : {appointment.Title} – {When(language, appointment)}",
    };

    private static string Body(string language, Appointment appointment, string organizer, bool cancellation)
    {
        var english = English(language);
        var text = new StringBuilder();
        text.AppendLine(cancellation
            ? english ? $"{organizer} cancelled this appointment." : $"{organizer} a annulé ce rendez-vous."
            : english ? $"{organizer} invites you to an appointment." : $"{organizer} vous invite à un rendez-vous.");
        text.AppendLine();
        text.AppendLine(appointment.Title);
        text.AppendLine(When(language, appointment));
        if (appointment.Location is not null)
        {
            text.AppendLine(english ? $"Where: {appointment.Location}" : $"Lieu : {appointment.Location}");
        }

        if (appointment.VideoLink is not null)
        {
            text.AppendLine(english ? $"Video call: {appointment.VideoLink}" : $"Visioconférence : {appointment.VideoLink}");
        }

        if (appointment.Description is not null)
        {
            text.AppendLine().AppendLine(appointment.Description);
        }

        return text.ToString();
    }

    private static string When(string language, Appointment appointment)
    {
        var culture = CultureInfo.GetCultureInfo(English(language) ? "en-GB" : "fr-FR");
        if (appointment.AllDay)
        {
            return appointment.StartLocal.ToString("dddd d MMMM yyyy", culture);
        }

        var repeat = appointment.Recurrence is null ? string.Empty : English(language) ? " (repeats)" : " (récurrent)";
        return $"{appointment.StartLocal.ToString(English(language) ? "dddd d MMMM yyyy, HH:mm" : "dddd d MMMM yyyy 'à' HH:mm", culture)}–{appointment.EndLocal:HH:mm} ({appointment.TimeZone}){repeat}";
    }

    private static bool English(string language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
}

/// <summary>What became of one contact's invitation: <see cref="Problem"/> is an error code when it was not sent.</summary>
internal sealed record InvitationOutcome(Guid ContactId, string? Email, bool Sent, string? Problem);
