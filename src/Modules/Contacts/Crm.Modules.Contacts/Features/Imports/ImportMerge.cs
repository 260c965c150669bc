using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// What a row brings to a contact it matches: the values it gives replace the contact's, blanks leave them; emails,
/// phone numbers, companies and tags are added to the contact's.
/// </summary>
internal static class ImportMerge
{
    public static Result<ContactDetails> Into(ContactDetails current, RowValues given)
    {
        var emails = current.Emails.Concat(given.Emails
                .Where(e => !current.Emails.Any(c => string.Equals(c.Address, e.Address, StringComparison.OrdinalIgnoreCase)))
                .Select(e => ContactEmail.Create(e.Address, e.Label, current.Emails.Count == 0 && e.IsPrimary).Value))
            .ToList();
        var phones = current.Phones.Concat(given.Phones
                .Where(p => !current.Phones.Any(c => c.Number == p.Number))
                .Select(p => ContactPhone.Create(PhoneNumber.FromE164(p.Number).Value, p.Label, current.Phones.Count == 0 && p.IsPrimary).Value))
            .ToList();
        var companies = current.Companies.Concat(given.Companies
                .Where(l => !current.Companies.Any(c => c.CompanyId == l.CompanyId))
                .Select(l => ContactCompany.Create(l.CompanyId, l.Role, current.Companies.Count == 0 && l.IsPrimary).Value))
            .ToList();
        var address = given.Address == PostalAddress.None ? current.Address : given.Address;
        return ContactDetails.Create(
            Given(given.FirstName) ?? current.FirstName,
            Given(given.LastName) ?? current.LastName,
            given.JobTitle ?? current.JobTitle,
            emails,
            phones,
            companies,
            address,
            given.LifecycleStage ?? current.LifecycleStage,
            given.Source ?? current.Source,
            [.. current.Tags, .. given.Tags]);
    }

    public static Result<ContactDetails> DetailsOf(Contact contact) => ContactDetails.Create(
        contact.FirstName, contact.LastName, contact.JobTitle, contact.Emails, contact.Phones, contact.Companies, contact.Address,
        contact.LifecycleStage, contact.Source, contact.Tags);

    private static string? Given(string name) => name.Length > 0 ? name : null;
}
