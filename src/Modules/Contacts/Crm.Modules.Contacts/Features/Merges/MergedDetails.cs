using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>The kept contact's details after a merge: the chosen value of each single field, every email, phone number, company and tag of all.</summary>
internal static class MergedDetails
{
    public static Result<(ContactDetails Details, Guid OwnerId)> Of(Contact target, IReadOnlyList<Contact> sources, MergeChoices choices)
    {
        IReadOnlyList<Contact> all = [target, .. sources];
        Contact Pick(Guid? chosen, Func<Contact, bool> hasValue) =>
            all.FirstOrDefault(c => c.Id.Value == chosen) ?? (hasValue(target) ? target : all.FirstOrDefault(hasValue) ?? target);

        // The kept contact's primary items stay primary; the others' are added as secondary.
        var emails = new List<ContactEmail>(target.Emails);
        foreach (var email in sources.SelectMany(c => c.Emails))
        {
            if (!emails.Exists(e => string.Equals(e.Address, email.Address, StringComparison.OrdinalIgnoreCase)))
            {
                emails.Add(ContactEmail.Create(email.Address, email.Label, isPrimary: false).Value);
            }
        }

        var phones = new List<ContactPhone>(target.Phones);
        foreach (var phone in sources.SelectMany(c => c.Phones).Where(p => phones.TrueForAll(x => x.Number != p.Number)))
        {
            phones.Add(ContactPhone.Create(PhoneNumber.FromE164(phone.Number).Value, phone.Label, isPrimary: false).Value);
        }

        var companies = new List<ContactCompany>(target.Companies);
        foreach (var link in sources.SelectMany(c => c.Companies).Where(l => companies.TrueForAll(x => x.CompanyId != l.CompanyId)))
        {
            companies.Add(ContactCompany.Create(link.CompanyId, link.Role, isPrimary: false).Value);
        }

        var details = ContactDetails.Create(
            Pick(choices.FirstName, c => c.FirstName.Length > 0).FirstName,
            Pick(choices.LastName, c => c.LastName.Length > 0).LastName,
            Pick(choices.JobTitle, c => c.JobTitle is not null).JobTitle,
            emails,
            phones,
            companies,
            Pick(choices.Address, c => c.Address != PostalAddress.None).Address,
            Pick(choices.LifecycleStage, _ => true).LifecycleStage,
            Pick(choices.Source, c => c.Source is not null).Source,
            [.. all.SelectMany(c => c.Tags)]);
        return details.IsSuccess ? (details.Value, Pick(choices.Owner, _ => true).OwnerId) : details.Error;
    }
}
