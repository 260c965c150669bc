using System.Runtime.CompilerServices;
using Crm.Modules.Contacts.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>The contacts of an export, read a page at a time in id order, never all at once.</summary>
internal sealed class ExportRows(LinkedCompanies companies)
{
    private const int PageSize = 1000;

    public async IAsyncEnumerable<ExportedContact> ReadAsync(IQueryable<Contact> contacts, ExportLayout layout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = new ContactId(Guid.Empty);
        List<Contact> page;
        do
        {
            var from = after;
            page = await contacts.Where(c => c.Id.CompareTo(from) > 0).OrderBy(c => c.Id).Take(PageSize).ToListAsync(cancellationToken);
            var names = await companies.NamesAsync(page, cancellationToken);
            foreach (var contact in page)
            {
                yield return new ExportedContact(contact, [.. contact.Companies.Select(l => names.GetValueOrDefault(l.CompanyId.Value)).OfType<string>()], layout);
            }

            after = page.Count > 0 ? page[^1].Id : after;
        }
        while (page.Count == PageSize);
    }
}
