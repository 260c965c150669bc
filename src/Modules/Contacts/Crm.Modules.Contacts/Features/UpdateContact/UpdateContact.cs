using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.UpdateContact;

/// <summary>Replaces a contact's details, only if its version satisfies <see cref="Precondition"/>.</summary>
internal sealed record UpdateContact(Guid Id, VersionPrecondition Precondition, string? FirstName, string? LastName, string? Email)
    : ICommand<Result<ContactResponse>>, IContactDetails;

internal sealed class UpdateContactValidator : ContactDetailsValidator<UpdateContact>;

internal sealed class UpdateContactHandler(ContactsDbContext db, TimeProvider time) : ICommandHandler<UpdateContact, Result<ContactResponse>>
{
    public async ValueTask<Result<ContactResponse>> Handle(UpdateContact command, CancellationToken cancellationToken)
    {
        var id = new ContactId(command.Id);
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return ContactErrors.NotFound(command.Id);
        }

        var current = command.Precondition.Check(contact.Version);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        var updated = contact.UpdateDetails(command.FirstName ?? string.Empty, command.LastName ?? string.Empty, command.Email, time.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ContactResponse.From(contact);
    }
}
