using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Segments;

/// <summary>
/// The contacts a static segment holds: those added to it, or, for one merged into another since, the contact it was
/// merged into. Membership follows the person through a merge and comes back with an undo, with no row changed.
/// The merged contacts are read by a query of their own: ignoring the query filter inside a larger query would lift it
/// from the whole query.
/// </summary>
internal static class StaticMembers
{
    public static async Task<IQueryable<Contact>> InAsync(ContactsDbContext db, IQueryable<Contact> contacts, SegmentId segmentId, CancellationToken cancellationToken)
    {
        var added = db.SegmentMembers.Where(m => m.SegmentId == segmentId).Select(m => m.ContactId);
        var mergedInto = await db.Contacts.IgnoreQueryFilters()
            .Where(c => c.MergedIntoId != null && added.Contains(c.Id))
            .Select(c => c.MergedIntoId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        return mergedInto.Count == 0
            ? contacts.Where(c => added.Contains(c.Id))
            : contacts.Where(c => added.Contains(c.Id) || mergedInto.Contains(c.Id));
    }

    /// <summary>
    /// Takes <paramref name="contactIds"/> out of the segment with the contacts merged into them, through which they were
    /// members too; answers how many of them were members. The caller saves.
    /// </summary>
    public static async Task<int> RemoveAsync(ContactsDbContext db, SegmentId segmentId, IReadOnlyCollection<ContactId> contactIds, CancellationToken cancellationToken)
    {
        var merged = await db.Contacts.IgnoreQueryFilters()
            .Where(c => c.MergedIntoId != null && contactIds.Contains(c.MergedIntoId.Value))
            .Select(c => new { c.Id, Into = c.MergedIntoId!.Value })
            .ToListAsync(cancellationToken);
        var mergedIds = merged.Select(m => m.Id).ToList();
        var rows = await db.SegmentMembers
            .Where(m => m.SegmentId == segmentId && (contactIds.Contains(m.ContactId) || mergedIds.Contains(m.ContactId)))
            .ToListAsync(cancellationToken);
        db.SegmentMembers.RemoveRange(rows);
        return rows.Select(r => merged.Find(m => m.Id == r.ContactId)?.Into ?? r.ContactId).Distinct().Count();
    }
}
