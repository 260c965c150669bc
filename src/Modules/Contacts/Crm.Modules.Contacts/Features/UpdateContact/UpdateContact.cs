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
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.UpdateContact;

/// <summary>
/// Replaces a contact's details (and its owner, when <see cref="OwnerId"/> is given), only if its version satisfies
/// <see cref="Precondition"/>. A contact the caller cannot see is not found.
/// </summary>
internal sealed record UpdateContact(
    Guid Id,
    VersionPrecondition Precondition,
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

internal sealed class UpdateContactValidator(PhoneNumberReader phones) : ContactDetailsValidator<UpdateContact>(phones);

internal sealed class UpdateContactHandler(
    ContactsDbContext db,
    ContactDetailsReader reader,
    RecordCustomFields customFields,
    UniqueValuesLock uniqueValues,
    LinkedCompanies companies,
    ContactDuplicates duplicates,
    IRecordVisibility visibility, IUserDirectory directory, TimeProvider time)
    : ICommandHandler<UpdateContact, Result<ContactResponse>>
{
    public async ValueTask<Result<ContactResponse>> Handle(UpdateContact command, CancellationToken cancellationToken)
    {
        var id = new ContactId(command.Id);
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var contact = await db.Contacts.VisibleTo(visible).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return ContactErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(contact.Version);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        if (command.OwnerId is { } owner && owner != contact.OwnerId && !await directory.IsActiveUserAsync(owner, cancellationToken))
        {
            return ContactErrors.OwnerUnknown(owner);
        }

        var details = reader.Read(command);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        await using var held = await uniqueValues.TakeAsync(CustomFieldEntity.Contact, command.CustomFields, cancellationToken);
        var values = await customFields.ForContactAsync(contact, command.CustomFields, cancellationToken);
        if (!values.IsSuccess)
        {
            return values.Error;
        }

        // Links kept as they were stay even when the caller no longer sees the company.
        var linked = await companies.CheckAsync(command.Companies, contact.Companies, cancellationToken);
        if (!linked.IsSuccess)
        {
            return linked.Error;
        }

        if (!command.IgnoreDuplicates
            && contact.WouldChangeIdentity(details.Value)
            && await duplicates.FindAsync(details.Value, contact.Id, cancellationToken) is { Count: > 0 } candidates)
        {
            return ContactDuplicates.PossibleDuplicates(candidates);
        }

        var now = time.GetUtcNow();
        contact.Update(details.Value.WithCustomFields(values.Value), now);
        contact.AssignOwner(command.OwnerId ?? contact.OwnerId, now);
        await db.SaveChangesAsync(cancellationToken);
        await held.CommitAsync(cancellationToken);
        return ContactResponse.From(contact, await companies.NamesAsync([contact], cancellationToken));
    }
}
