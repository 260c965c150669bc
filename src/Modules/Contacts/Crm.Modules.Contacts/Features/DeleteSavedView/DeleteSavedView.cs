using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.Views;
using Crm.Modules.Contacts.Persistence;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.DeleteSavedView;

/// <summary>Deletes a view the caller saved, if its version satisfies <see cref="Precondition"/>.</summary>
internal sealed record DeleteSavedView(RecordKind Records, Guid Id, VersionPrecondition Precondition) : ICommand<Result>;

internal sealed class DeleteSavedViewHandler(ContactsDbContext db, SavedViewAccess access) : ICommandHandler<DeleteSavedView, Result>
{
    public async ValueTask<Result> Handle(DeleteSavedView command, CancellationToken cancellationToken)
    {
        var view = await access.OwnAsync(command.Records, command.Id, cancellationToken);
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        var current = command.Precondition.Check(view.Value.Version);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        db.SavedViews.Remove(view.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
