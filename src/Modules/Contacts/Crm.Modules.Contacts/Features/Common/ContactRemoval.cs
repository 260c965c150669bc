using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>Deleting a contact, by hand or in bulk: its notes go with it, and the contacts merged into it, which are the same person.</summary>
internal static class ContactRemoval
{
    /// <summary>Marks the removals on the context; the caller saves.</summary>
    public static async Task RemoveAsync(ContactsDbContext db, Contact contact, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = contact.Id.Value;
        db.Notes.RemoveRange(await db.Notes.Where(n => n.Subject == RecordKind.Contact && n.SubjectId == id).ToListAsync(cancellationToken));
        contact.MarkDeleted(now);
        db.Contacts.Remove(contact);
        db.Contacts.RemoveRange(await db.Contacts.IgnoreQueryFilters().Where(c => c.MergedIntoId == contact.Id).ToListAsync(cancellationToken));
    }
}
