using Crm.Modules.Activities.Domain.Appointments;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Activities.Features.Calendars;

/// <summary>
/// Names and email addresses of the people of some appointments, for iCalendar: users from Identity, contacts from
/// Contacts (those the current caller may see; none for an anonymous feed reader).
/// </summary>
internal sealed class CalendarPeople(IUserDirectory users, IContactsDirectory contacts, ICurrentUser currentUser)
{
    public async Task<Func<AttendeeKind, Guid, IcsPerson?>> ForAsync(
        IReadOnlyCollection<Appointment> appointments, CancellationToken cancellationToken, IEnumerable<Guid>? moreContactIds = null)
    {
        var people = new Dictionary<(AttendeeKind, Guid), IcsPerson>();
        foreach (var userId in appointments.SelectMany(a => a.UserIds).Distinct())
        {
            if (await users.FindUserAsync(userId, cancellationToken) is { } user)
            {
                people[(AttendeeKind.User, userId)] = new IcsPerson(user.DisplayName, user.Email);
            }
        }

        var contactIds = appointments.SelectMany(a => a.ContactIds).Concat(moreContactIds ?? []).Distinct().ToList();
        if (contactIds.Count > 0 && currentUser.IsAuthenticated)
        {
            foreach (var contact in await contacts.FindContactsAsync(contactIds, cancellationToken))
            {
                people[(AttendeeKind.Contact, contact.Id)] = new IcsPerson(contact.DisplayName, contact.Email);
            }
        }

        return (kind, id) => people.GetValueOrDefault((kind, id));
    }
}
