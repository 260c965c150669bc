using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>Contacts and companies as other modules may read them, and the one change a sale makes to a lead.</summary>
public interface IContactsDirectory
{
    /// <summary>The contacts among <paramref name="contactIds"/> the current user may see (visibility rules applied as in the Contacts lists); others are left out.</summary>
    Task<IReadOnlyList<ContactCard>> FindContactsAsync(IReadOnlyCollection<Guid> contactIds, CancellationToken cancellationToken);

    /// <summary>The companies among <paramref name="companyIds"/> the current user may see; others are left out.</summary>
    Task<IReadOnlyList<CompanyCard>> FindCompaniesAsync(IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken);

    /// <summary>
    /// Turns a lead into an opportunity: the contact's lifecycle stage becomes <c>Opportunity</c> (never moved backwards: a
    /// customer or evangelist stays so). Its company is its primary company when it has one; else, when
    /// <paramref name="newCompanyName"/> is given (non-blank), a company of that name is created (owned by the current user,
    /// as CreateCompany does) and linked to the contact as its primary company; else none. A contact that does not exist or
    /// that the current user cannot see is <c>contact.not_found</c>. A company the Contacts module's rules refuse fails the
    /// conversion and nothing is saved: <c>custom_field.required</c> when companies have a required custom field (as
    /// CreateCompany answers), <c>company.name_required</c> for a name over 200 characters. Saves once, raising the Contacts
    /// module's usual events (contact updated with its changed fields, company created).
    /// </summary>
    Task<Result<LeadConversion>> ConvertLeadAsync(Guid contactId, string? newCompanyName, CancellationToken cancellationToken);

    /// <summary>
    /// A phone number as people type it ("06 12 34 56 78", "+33 6…") in E.164, read with the installation's default
    /// region as the Contacts module reads its own; <c>contact.phone_invalid</c> when it is not a phone number.
    /// </summary>
    Result<string> PhoneToE164(string typed);
}
