using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Imports;

/// <summary>
/// What a row brings to a contact it matches: the values it gives replace the contact's, blanks leave them; emails,
/// phone numbers, companies and tags are added to the contact's; custom field values given replace the contact's.
/// </summary>
internal static class ImportMerge
{
    public static Result<ContactDetails> Into(ContactDetails current, RowValues given)
    {
        var emails = ContactItems.Emails(current.Emails, given.Emails);
        var phones = ContactItems.Phones(current.Phones, given.Phones);
        var companies = ContactItems.Companies(current.Companies, given.Companies);
        var address = given.Address == PostalAddress.None ? current.Address : given.Address;
        var merged = ContactDetails.Create(
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
        return merged.IsSuccess ? merged.Value.WithCustomFields(given.Over(current.CustomFields ?? CustomFieldValues.Empty)) : merged;
    }

    /// <summary>The contact's details with its custom field values, for <see cref="Into"/> to complete.</summary>
    public static Result<ContactDetails> DetailsOf(Contact contact)
    {
        var details = CurrentDetails.Of(contact);
        return details.IsSuccess ? details.Value.WithCustomFields(contact.CustomFields) : details;
    }

    private static string? Given(string name) => name.Length > 0 ? name : null;
}
