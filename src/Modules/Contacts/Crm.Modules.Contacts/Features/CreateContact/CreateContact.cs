using System.Text.Json;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.CustomFields;
using Crm.Modules.Contacts.Features.Duplicates;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Crm.Shared.Kernel.CustomFields;
using Mediator;

namespace Crm.Modules.Contacts.Features.CreateContact;

/// <summary>Creates a contact owned by <see cref="OwnerId"/>, or by the caller when it is not given.</summary>
internal sealed record CreateContact(
    string? FirstName,
    string? LastName,
    string? JobTitle,
    IReadOnlyList<EmailInput>? Emails,
    IReadOnlyList<PhoneInput>? Phones,
    IReadOnlyList<CompanyLinkInput>? Companies,
    AddressInput? Address,
    LifecycleStage? LifecycleStage,
    string? Source,
    IReadOnlyList<string>? Tags,
    Guid? OwnerId,
    bool IgnoreDuplicates,
    IReadOnlyDictionary<string, JsonElement>? CustomFields = null) : ICommand<Result<ContactResponse>>, IContactDetails;

internal sealed class CreateContactValidator(PhoneNumberReader phones) : ContactDetailsValidator<CreateContact>(phones);

internal sealed class CreateContactHandler(
    ContactsDbContext db,
    ContactDetailsReader reader,
    RecordCustomFields customFields,
    UniqueValuesLock uniqueValues,
    LinkedCompanies companies,
    ContactDuplicates duplicates,
    ICurrentUser currentUser,
    IUserDirectory directory,
    TimeProvider time)
    : ICommandHandler<CreateContact, Result<ContactResponse>>
{
    public async ValueTask<Result<ContactResponse>> Handle(CreateContact command, CancellationToken cancellationToken)
    {
        var owner = command.OwnerId ?? currentUser.Id;
        if (!await directory.IsActiveUserAsync(owner, cancellationToken))
        {
            return ContactErrors.OwnerUnknown(owner);
        }

        var details = reader.Read(command);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        await using var held = await uniqueValues.TakeAsync(CustomFieldEntity.Contact, command.CustomFields, cancellationToken);
        var values = await customFields.ForContactAsync(null, command.CustomFields, cancellationToken);
        if (!values.IsSuccess)
        {
            return values.Error;
        }

        var linked = await companies.CheckAsync(command.Companies, [], cancellationToken);
        if (!linked.IsSuccess)
        {
            return linked.Error;
        }

        if (!command.IgnoreDuplicates && await duplicates.FindAsync(details.Value, null, cancellationToken) is { Count: > 0 } candidates)
        {
            return ContactDuplicates.PossibleDuplicates(candidates);
        }

        var contact = Contact.Create(details.Value.WithCustomFields(values.Value), owner, time.GetUtcNow());
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        await held.CommitAsync(cancellationToken);
        return ContactResponse.From(contact, await companies.NamesAsync([contact], cancellationToken));
    }
}
