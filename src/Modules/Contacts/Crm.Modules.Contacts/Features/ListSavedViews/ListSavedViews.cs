using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.Views;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.ListSavedViews;

/// <summary>The caller's saved views of one list (contacts or companies) and those their team shares, by name.</summary>
internal sealed record ListSavedViews(RecordKind Records) : IQuery<IReadOnlyList<SavedViewResponse>>;

internal sealed class ListSavedViewsHandler(ContactsDbContext db, ICurrentUser currentUser, IUserDirectory directory) : IQueryHandler<ListSavedViews, IReadOnlyList<SavedViewResponse>>
{
    public async ValueTask<IReadOnlyList<SavedViewResponse>> Handle(ListSavedViews query, CancellationToken cancellationToken)
    {
        var me = currentUser.Id;
        var team = await directory.TeamOfAsync(me, cancellationToken);
        var views = await db.SavedViews.AsNoTracking()
            .Where(v => v.Records == query.Records)
            .Where(v => v.OwnerId == me || (team != null && v.SharedWithTeamId == team))
            .OrderBy(v => v.Name).ToListAsync(cancellationToken);
        return [.. views.Select(v => SavedViewResponse.From(v, me))];
    }
}
