using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Identity.Contracts;

namespace Crm.Modules.Contacts.Features;

/// <summary>Narrows a query to the contacts the caller may see, so reads, lists, searches and counts agree.</summary>
internal static class VisibleContacts
{
    public static IQueryable<Contact> VisibleTo(this IQueryable<Contact> contacts, VisibleOwners visible)
    {
        if (visible.Everyone)
        {
            return contacts;
        }

        var owners = visible.OwnerIds.ToList();
        return contacts.Where(c => owners.Contains(c.OwnerId));
    }
}
