using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Views;
using Crm.Modules.Contacts.Features.Views;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;

namespace Crm.Modules.Contacts.Features.SaveView;

/// <summary>Saves a view of the contact or company list for the caller, shared with their team when asked.</summary>
internal sealed record SaveView(RecordKind Records, SavedViewRequest Request) : ICommand<Result<SavedViewResponse>>;

internal sealed class SaveViewHandler(ContactsDbContext db, SavedViewSettingsReader reader, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<SaveView, Result<SavedViewResponse>>
{
    public async ValueTask<Result<SavedViewResponse>> Handle(SaveView command, CancellationToken cancellationToken)
    {
        var settings = await reader.ReadAsync(command.Records, command.Request, cancellationToken);
        if (!settings.IsSuccess)
        {
            return settings.Error;
        }

        var view = SavedView.Create(currentUser.Id, command.Records, settings.Value, time.GetUtcNow());
        if (!view.IsSuccess)
        {
            return view.Error;
        }

        db.SavedViews.Add(view.Value);
        await db.SaveChangesAsync(cancellationToken);
        return SavedViewResponse.From(view.Value, currentUser.Id);
    }
}
