using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.ConvertLead;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ContactsDirectory;

/// <summary>What other modules read of contacts and companies, seen by the current user as the Contacts lists show them.</summary>
internal sealed class ContactsDirectory(ContactsDbContext db, IRecordVisibility visibility, LinkedCompanies linkedCompanies, LeadConverter leads, PhoneNumberReader phones)
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
        var companies = await db.Companies.AsNoTracking().VisibleTo(visible).Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. ids.Where(companies.ContainsKey).Select(id => Card(companies[id]))];
    }

    public Task<Result<LeadConversion>> ConvertLeadAsync(Guid contactId, string? newCompanyName, CancellationToken cancellationToken) =>
        leads.ConvertAsync(contactId, newCompanyName, cancellationToken);

    private static CompanyCard Card(Company company) =>
        new(company.Id.Value, company.Name) { AddressLines = LetterLines(company.Address) };

    private static List<string> LetterLines(PostalAddress address)
    {
        var lines = (address.Street ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var town = string.Join(' ', new[] { address.PostalCode, address.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        if (town.Length > 0)
        {
            lines.Add(town);
        }

        if (address.CountryCode is { } country && country != "FR")
        {
            lines.Add(country);
        }

        return lines;
    }

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

    public Result<string> PhoneToE164(string typed) => phones.ToE164(typed);
}
