using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Modules.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// The companies rows name: those of that name the importer can see, and new ones (owned by the importer) for the
/// others. A name too long for a company gets no entry, and its rows report it.
/// </summary>
internal sealed class ImportCompanies(ContactsDbContext db, TimeProvider time)
{
    /// <summary>
    /// By key (<see cref="ImportRowReader.CompanyKey"/>); the new companies are marked as created by <paramref name="import"/>.
    /// Without an import (a preview), a name not found maps to an empty id.
    /// </summary>
    public async Task<Dictionary<string, CompanyId>> ResolveAsync(
        IReadOnlyDictionary<string, string> names, Guid ownerId, VisibleOwners visible, ImportId? import, CancellationToken cancellationToken)
    {
        var keys = names.Keys.ToList();
        var found = await db.Companies.AsNoTracking().VisibleTo(visible)
            .Where(c => keys.Contains(EF.Property<string>(c, SearchColumns.Name)))
            .Select(c => new { Key = EF.Property<string>(c, SearchColumns.Name), c.Id })
            .ToListAsync(cancellationToken);
        var companies = new Dictionary<string, CompanyId>(StringComparer.Ordinal);
        foreach (var company in found.OrderBy(c => c.Id))
        {
            companies.TryAdd(company.Key, company.Id);
        }

        foreach (var (key, name) in names.Where(n => !companies.ContainsKey(n.Key)))
        {
            var details = CompanyDetails.Create(name, [], null, null, null, null, null, PostalAddress.None, null, null, []);
            if (!details.IsSuccess)
            {
                continue;
            }

            if (import is null)
            {
                companies[key] = new CompanyId(Guid.Empty);
                continue;
            }

            var company = Company.Imported(details.Value, import.Value, ownerId, time.GetUtcNow());
            db.Companies.Add(company);
            companies[key] = company.Id;
        }

        return companies;
    }
}
