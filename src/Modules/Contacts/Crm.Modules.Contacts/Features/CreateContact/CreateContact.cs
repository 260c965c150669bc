using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.CreateContact;

internal sealed record CreateContact(string? FirstName, string? LastName, string? Email) : ICommand<Result<ContactResponse>>, IContactDetails;

internal sealed class CreateContactValidator : ContactDetailsValidator<CreateContact>;

internal sealed class CreateContactHandler(ContactsDbContext db, TimeProvider time) : ICommandHandler<CreateContact, Result<ContactResponse>>
{
    public async ValueTask<Result<ContactResponse>> Handle(CreateContact command, CancellationToken cancellationToken)
    {
        var created = Contact.Create(command.FirstName ?? string.Empty, command.LastName ?? string.Empty, command.Email, time.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        db.Contacts.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return ContactResponse.From(created.Value);
    }
}
