using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.CreateContact;

/// <summary>Creates a contact owned by <see cref="OwnerId"/>, or by the caller when it is not given.</summary>
internal sealed record CreateContact(string? FirstName, string? LastName, string? Email, Guid? OwnerId) : ICommand<Result<ContactResponse>>, IContactDetails;

internal sealed class CreateContactValidator : ContactDetailsValidator<CreateContact>;

internal sealed class CreateContactHandler(ContactsDbContext db, ICurrentUser currentUser, IUserDirectory directory, TimeProvider time)
    : ICommandHandler<CreateContact, Result<ContactResponse>>
{
    public async ValueTask<Result<ContactResponse>> Handle(CreateContact command, CancellationToken cancellationToken)
    {
        var owner = command.OwnerId ?? currentUser.Id;
        if (!await directory.IsActiveUserAsync(owner, cancellationToken))
        {
            return ContactErrors.OwnerUnknown(owner);
        }

        var created = Contact.Create(command.FirstName ?? string.Empty, command.LastName ?? string.Empty, command.Email, owner, time.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        db.Contacts.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return ContactResponse.From(created.Value);
    }
}
