using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.GetContact;

/// <summary>A contact and the names of its companies the reader may see (null for the others).</summary>
internal sealed record ContactWithCompanyNames(Contact Contact, List<CompanyName> Companies);

internal sealed record CompanyName(Guid CompanyId, string? Name);

/// <summary>
/// The most frequent read of the API in one compiled query: the contact, its company links and their names, in one
/// round trip and without translating the query again. One per host: a compiled query belongs to one EF model, hence
/// one database provider.
/// </summary>
internal sealed class ContactRead
{
    private readonly Func<ContactsDbContext, ContactId, bool, List<Guid>, bool, List<Guid>, CancellationToken, Task<ContactWithCompanyNames?>> _read =
        EF.CompileAsyncQuery((ContactsDbContext db, ContactId id, bool everyContact, List<Guid> contactOwners, bool everyCompany, List<Guid> companyOwners, CancellationToken _) =>
            db.Contacts.AsNoTracking()
                .Where(c => c.Id == id && (everyContact || contactOwners.Contains(c.OwnerId)))
                .Select(c => new ContactWithCompanyNames(
                    c,
                    c.Companies.Select(l => new CompanyName(
                        l.CompanyId.Value,
                        db.Companies.Where(co => co.Id == l.CompanyId && (everyCompany || companyOwners.Contains(co.OwnerId))).Select(co => co.Name).FirstOrDefault()))
                        .ToList()))
                .FirstOrDefault());

    public Task<ContactWithCompanyNames?> FindAsync(ContactsDbContext db, ContactId id, VisibleOwners contacts, VisibleOwners companies, CancellationToken cancellationToken) =>
        _read(db, id, contacts.Everyone, [.. contacts.OwnerIds], companies.Everyone, [.. companies.OwnerIds], cancellationToken);
}
