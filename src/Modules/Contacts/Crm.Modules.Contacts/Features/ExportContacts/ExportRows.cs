using System.Runtime.CompilerServices;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Exports;

namespace Crm.Modules.Contacts.Features.ExportContacts;

/// <summary>The contacts of an export, read a page at a time in id order, never all at once, with their companies' names.</summary>
internal sealed class ExportRows(LinkedCompanies companies)
{
    public async IAsyncEnumerable<ExportedContact> ReadAsync(IQueryable<Contact> contacts, ExportLayout layout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in ExportPages.ReadAsync<Contact, ContactId>(contacts, cancellationToken))
        {
            var names = await companies.NamesAsync(page, cancellationToken);
            foreach (var contact in page)
            {
                yield return new ExportedContact(contact, [.. contact.Companies.Select(l => names.GetValueOrDefault(l.CompanyId.Value)).OfType<string>()], layout);
            }
        }
    }
}
