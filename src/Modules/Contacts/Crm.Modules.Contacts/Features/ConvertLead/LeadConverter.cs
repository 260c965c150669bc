using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ConvertLead;

/// <summary>
/// Makes a contact the caller sees an opportunity, with the company it buys for: its primary company, else one created
/// from the name given, as CreateCompany would create it. The contact and the new company are saved together or not at all.
/// </summary>
internal sealed class LeadConverter(
    ContactsDbContext db,
    CompanyCreation companyCreation,
    LinkedCompanies linkedCompanies,
    IRecordVisibility visibility,
    ICurrentUser currentUser,
    TimeProvider time)
{
    public async Task<Result<LeadConversion>> ConvertAsync(Guid contactId, string? newCompanyName, CancellationToken cancellationToken)
    {
        var id = new ContactId(contactId);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var contact = await db.Contacts.VisibleTo(visible).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return ContactErrors.NotFound(contactId);
        }

        Company? created = null;
        var links = contact.Companies;
        if (contact.PrimaryCompanyId is null && !string.IsNullOrWhiteSpace(newCompanyName))
        {
            var company = await companyCreation.CreateAsync(new NamedCompany(newCompanyName), null, null, currentUser.Id, cancellationToken);
            if (!company.IsSuccess)
            {
                return company.Error;
            }

            created = company.Value;
            links = [.. links, ContactCompany.Create(created.Id, role: null, isPrimary: true).Value];
        }

        var details = CurrentDetails.Of(contact, stage: LifecycleProgress.ToOpportunity(contact.LifecycleStage), companies: links);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        if (created is not null)
        {
            db.Companies.Add(created);
        }

        contact.Update(details.Value, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        var primary = contact.PrimaryCompanyId?.Value;
        var companyNames = await linkedCompanies.NamesAsync([contact], cancellationToken);
        return new LeadConversion(
            contact.Id.Value,
            contact.DisplayName,
            primary,
            primary is { } companyId ? companyNames.GetValueOrDefault(companyId) : null,
            created is not null);
    }
}
