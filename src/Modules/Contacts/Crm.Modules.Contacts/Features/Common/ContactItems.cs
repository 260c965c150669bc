using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;

namespace Crm.Modules.Contacts.Features.Common;

/// <summary>
/// A contact's emails, phone numbers or companies with others' added (a merge, an import updating a contact): the
/// contact's own stay as they are, its primary one included; those it lacks follow as secondary ones.
/// </summary>
internal static class ContactItems
{
    public static List<ContactEmail> Emails(IEnumerable<ContactEmail> own, IEnumerable<ContactEmail> others)
    {
        var emails = new List<ContactEmail>(own);
        foreach (var email in others.Where(e => !emails.Exists(x => string.Equals(x.Address, e.Address, StringComparison.OrdinalIgnoreCase))))
        {
            emails.Add(ContactEmail.Create(email.Address, email.Label, isPrimary: false).Value);
        }

        return emails;
    }

    public static List<ContactPhone> Phones(IEnumerable<ContactPhone> own, IEnumerable<ContactPhone> others)
    {
        var phones = new List<ContactPhone>(own);
        foreach (var phone in others.Where(p => phones.TrueForAll(x => x.Number != p.Number)))
        {
            phones.Add(ContactPhone.Create(PhoneNumber.FromE164(phone.Number).Value, phone.Label, isPrimary: false).Value);
        }

        return phones;
    }

    public static List<ContactCompany> Companies(IEnumerable<ContactCompany> own, IEnumerable<ContactCompany> others)
    {
        var companies = new List<ContactCompany>(own);
        foreach (var link in others.Where(l => companies.TrueForAll(x => x.CompanyId != l.CompanyId)))
        {
            companies.Add(ContactCompany.Create(link.CompanyId, link.Role, isPrimary: false).Value);
        }

        return companies;
    }
}
