using Crm.Modules.Contacts.Features.Common;
using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Features.Imports.Running;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.RevertImport;

/// <summary>Undoes a finished import: a worker deletes the contacts it created (contacts it updated keep their new values).</summary>
internal sealed record RevertImport(Guid Id) : ICommand<Result<ImportResponse>>;

internal sealed class RevertImportHandler(ContactsDbContext db, ICurrentUser currentUser, WorkSignal<ImportWorker> signal) : ICommandHandler<RevertImport, Result<ImportResponse>>
{
    public async ValueTask<Result<ImportResponse>> Handle(RevertImport command, CancellationToken cancellationToken)
    {
        var import = await db.FindAsync(command.Id, currentUser, cancellationToken);
        if (import is null)
        {
            return ImportErrors.NotFound(command.Id);
        }

        var reverting = import.Revert();
        if (!reverting.IsSuccess)
        {
            return reverting.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return ImportResponse.From(import, []);
    }
}
