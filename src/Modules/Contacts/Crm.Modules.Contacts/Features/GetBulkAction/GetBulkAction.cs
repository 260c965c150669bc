using Crm.Modules.Contacts.Domain.BulkActions;
using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Features.BulkActions;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.GetBulkAction;

/// <summary>A bulk action on contacts or companies the caller asked for, with its progress.</summary>
internal sealed record GetBulkAction(RecordKind Records, Guid Id) : IQuery<Result<BulkActionResponse>>;

internal sealed class GetBulkActionHandler(ContactsDbContext db, ICurrentUser currentUser) : IQueryHandler<GetBulkAction, Result<BulkActionResponse>>
{
    public async ValueTask<Result<BulkActionResponse>> Handle(GetBulkAction query, CancellationToken cancellationToken)
    {
        var me = currentUser.Id;
        var action = await db.BulkActions.AsNoTracking().FirstOrDefaultAsync(b => b.Id == new BulkActionId(query.Id) && b.RequestedBy == me && b.Records == query.Records, cancellationToken);
        return action is null
            ? Error.NotFound("bulk.not_found", $"You asked for no bulk action with the id {query.Id}.")
            : BulkActionResponse.From(action);
    }
}
