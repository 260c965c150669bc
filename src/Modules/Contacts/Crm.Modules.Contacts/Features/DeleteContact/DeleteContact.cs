using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.DeleteContact;

/// <summary>Deletes a contact the caller can see, only if its version satisfies <see cref="Precondition"/>.</summary>
internal sealed record DeleteContact(Guid Id, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class DeleteContactHandler(ContactsDbContext db, IRecordVisibility visibility, TimeProvider time)
    : ICommandHandler<DeleteContact, Result>
{
    public async ValueTask<Result> Handle(DeleteContact command, CancellationToken cancellationToken)
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

        await ContactRemoval.RemoveAsync(db, contact, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
