using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Views;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.Views;

/// <summary>A saved view of a list (contacts or companies) the caller may change: theirs. Someone else's view they see is forbidden; one they do not see is not found.</summary>
internal sealed class SavedViewAccess(ContactsDbContext db, ICurrentUser currentUser, IUserDirectory directory)
{
    public async Task<Result<SavedView>> OwnAsync(RecordKind records, Guid id, CancellationToken cancellationToken)
    {
        var view = await db.SavedViews.FirstOrDefaultAsync(v => v.Id == new SavedViewId(id) && v.Records == records, cancellationToken);
        if (view is null || !view.IsSeenBy(currentUser.Id, await directory.TeamOfAsync(currentUser.Id, cancellationToken)))
        {
            return Error.NotFound("view.not_found", $"No view you can see has the id {id}.");
        }

        return view.OwnerId == currentUser.Id
            ? view
            : Error.Forbidden("view.not_yours", "Only the person who saved a view changes it: save a copy of your own instead.");
    }
}
