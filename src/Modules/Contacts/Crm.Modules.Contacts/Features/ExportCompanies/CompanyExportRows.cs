using System.Runtime.CompilerServices;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.Exports;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ExportCompanies;

/// <summary>The companies of an export as rows of cells, read a page at a time in id order, with their parent's name when the caller sees the parent.</summary>
internal sealed class CompanyExportRows(ContactsDbContext db, IRecordVisibility visibility)
{
    public async IAsyncEnumerable<string?[]> ReadAsync(IQueryable<Company> companies, CompanyExportLayout layout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        await foreach (var page in ExportPages.ReadAsync<Company, CompanyId>(companies, cancellationToken))
        {
            var parentIds = page.Select(c => c.ParentCompanyId).OfType<CompanyId>().Distinct().ToList();
            var parents = parentIds.Count == 0
                ? new Dictionary<CompanyId, string>()
                : await db.Companies.AsNoTracking().VisibleTo(visible).Where(c => parentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
            foreach (var company in page)
            {
                yield return layout.Values(company, company.ParentCompanyId is { } parent ? parents.GetValueOrDefault(parent) : null);
            }
        }
    }
}
