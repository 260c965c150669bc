using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.ConvertLead;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ContactsDirectory;

/// <summary>What other modules read of contacts and companies, seen by the current user as the Contacts lists show them.</summary>
internal sealed class ContactsDirectory(ContactsDbContext db, IRecordVisibility visibility, LinkedCompanies linkedCompanies, LeadConverter leads)
    : IContactsDirectory
{
    public async Task<IReadOnlyList<ContactCard>> FindContactsAsync(IReadOnlyCollection<Guid> contactIds, CancellationToken cancellationToken)
    {
        var ids = contactIds.Distinct().Select(id => new ContactId(id)).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().VisibleTo(visible).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var companyNames = await linkedCompanies.NamesAsync(contacts, cancellationToken);
        var found = contacts.ToDictionary(c => c.Id);
        return [.. ids.Where(found.ContainsKey).Select(id => Card(found[id], companyNames))];
    }

    public async Task<IReadOnlyList<CompanyCard>> FindCompaniesAsync(IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken)
    {
        var ids = companyIds.Distinct().Select(id => new CompanyId(id)).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var names = await db.Companies.AsNoTracking().VisibleTo(visible).Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return [.. ids.Where(names.ContainsKey).Select(id => new CompanyCard(id.Value, names[id]))];
    }

    public Task<Result<LeadConversion>> ConvertLeadAsync(Guid contactId, string? newCompanyName, CancellationToken cancellationToken) =>
        leads.ConvertAsync(contactId, newCompanyName, cancellationToken);

    private static ContactCard Card(Contact contact, IReadOnlyDictionary<Guid, string> companyNames)
    {
        var company = contact.PrimaryCompanyId?.Value;
        return new ContactCard(
            contact.Id.Value,
            contact.DisplayName,
            contact.PrimaryEmail,
            company,
            company is { } id ? companyNames.GetValueOrDefault(id) : null,
            contact.LifecycleStage.ToString());
    }
}
