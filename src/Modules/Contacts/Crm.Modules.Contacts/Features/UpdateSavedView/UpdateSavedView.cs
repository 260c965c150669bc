using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.Views;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.UpdateSavedView;

/// <summary>Replaces a view the caller saved, if its version satisfies <see cref="Precondition"/>.</summary>
internal sealed record UpdateSavedView(RecordKind Records, Guid Id, VersionPrecondition Precondition, SavedViewRequest Request) : ICommand<Result<SavedViewResponse>>;

internal sealed class UpdateSavedViewHandler(ContactsDbContext db, SavedViewAccess access, SavedViewSettingsReader reader, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<UpdateSavedView, Result<SavedViewResponse>>
{
    public async ValueTask<Result<SavedViewResponse>> Handle(UpdateSavedView command, CancellationToken cancellationToken)
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

        var settings = await reader.ReadAsync(command.Records, command.Request, cancellationToken);
        if (!settings.IsSuccess)
        {
            return settings.Error;
        }

        var changed = view.Value.Change(settings.Value, time.GetUtcNow());
        if (!changed.IsSuccess)
        {
            return changed.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return SavedViewResponse.From(view.Value, currentUser.Id);
    }
}
