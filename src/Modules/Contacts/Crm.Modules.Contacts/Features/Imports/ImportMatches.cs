using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>The stored contacts, among those the importer can see, that rows match by their key: one query for a whole batch, through an index.</summary>
internal sealed class ImportMatches(ContactsDbContext db)
{
    public async Task<Dictionary<string, Contact>> FindAsync(
        MatchKey key, IReadOnlyCollection<string> keys, VisibleOwners visible, bool track, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var values = keys.ToList();
        var contacts = (track ? db.Contacts : db.Contacts.AsNoTracking()).VisibleTo(visible);
        var matching = key switch
        {
            MatchKey.Email => contacts.Where(c => values.Contains(EF.Property<string>(c, MatchColumns.Email))),
            MatchKey.Phone => contacts.Where(c => values.Contains(EF.Property<string>(c, MatchColumns.Phone))),
            _ => contacts.Where(c => values.Contains(c.ExternalId!)),
        };
        var found = await matching.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var byKey = new Dictionary<string, Contact>(StringComparer.Ordinal);
        foreach (var contact in found)
        {
            var contactKey = key switch
            {
                MatchKey.Email => MatchColumns.EmailOf(contact),
                MatchKey.Phone => MatchColumns.PhoneOf(contact),
                _ => contact.ExternalId,
            };
            if (contactKey is not null)
            {
                byKey.TryAdd(contactKey, contact);
            }
        }

        return byKey;
    }
}
