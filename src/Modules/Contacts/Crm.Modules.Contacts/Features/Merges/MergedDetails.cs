using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;

namespace Crm.Modules.Contacts.Features.Merges;

/// <summary>
/// The kept contact's details after a merge: the chosen value of each single field, every email, phone number, company
/// and tag of all, and its custom field values completed by those of the others where it has none.
/// </summary>
internal static class MergedDetails
{
    public static Result<(ContactDetails Details, Guid OwnerId)> Of(Contact target, IReadOnlyList<Contact> sources, MergeChoices choices)
    {
        IReadOnlyList<Contact> all = [target, .. sources];
        Contact Pick(Guid? chosen, Func<Contact, bool> hasValue) =>
            all.FirstOrDefault(c => c.Id.Value == chosen) ?? (hasValue(target) ? target : all.FirstOrDefault(hasValue) ?? target);

        var emails = ContactItems.Emails(target.Emails, sources.SelectMany(c => c.Emails));
        var phones = ContactItems.Phones(target.Phones, sources.SelectMany(c => c.Phones));
        var companies = ContactItems.Companies(target.Companies, sources.SelectMany(c => c.Companies));

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
        return details.IsSuccess ? (details.Value.WithCustomFields(CustomFieldsOf(target, sources)), Pick(choices.Owner, _ => true).OwnerId) : details.Error;
    }

    private static CustomFieldValues CustomFieldsOf(Contact target, IReadOnlyList<Contact> sources)
    {
        var values = target.CustomFields;
        foreach (var source in sources)
        {
            foreach (var key in source.CustomFields.Keys.Where(k => !values.Has(k)))
            {
                values = values.With(key, source.CustomFields.Get(key));
            }
        }

        return values;
    }
}
