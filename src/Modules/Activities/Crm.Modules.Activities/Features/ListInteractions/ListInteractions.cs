using Crm.Modules.Activities.Domain.Interactions;
using Crm.Modules.Activities.Features.Interactions;
using Crm.Modules.Activities.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Activities.Features.ListInteractions;

/// <summary>The interactions the caller sees, newest logged first, one keyset page at a time, narrowed by <see cref="Filter"/>.</summary>
internal sealed record ListInteractions(ListInteractionsFilter Filter, int? Limit, string? Cursor) : IQuery<Result<Page<InteractionResponse>>>;

/// <summary><see cref="Mine"/> keeps those the caller logged.</summary>
internal sealed record ListInteractionsFilter(Guid? ContactId, Guid? CompanyId, Guid? DealId, InteractionKind? Kind, bool Mine);

internal sealed class ListInteractionsHandler(ActivitiesDbContext db, IRecordVisibility visibility, ICurrentUser currentUser)
    : IQueryHandler<ListInteractions, Result<Page<InteractionResponse>>>
{
    public async ValueTask<Result<Page<InteractionResponse>>> Handle(ListInteractions query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error!;
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Activities, cancellationToken);
        var interactions = Filter(db.Interactions.AsNoTracking(), query.Filter).VisibleTo(visible);
        if (paging.Value.After is { } after)
        {
            var afterId = new InteractionId(after);
            interactions = interactions.Where(i => i.Id.CompareTo(afterId) < 0);
        }

        var rows = await interactions.OrderByDescending(i => i.Id).Take(paging.Value.Limit + 1).ToListAsync(cancellationToken);
        return paging.Value.ToPage(rows, i => i.Id.Value, InteractionResponse.From);
    }

    private IQueryable<Interaction> Filter(IQueryable<Interaction> interactions, ListInteractionsFilter filter)
    {
        if (filter.ContactId is { } contactId)
        {
            interactions = interactions.Where(i => i.Contacts.Any(c => c.ContactId == contactId));
        }

        if (filter.CompanyId is { } companyId)
        {
            interactions = interactions.Where(i => i.CompanyId == companyId);
        }

        if (filter.DealId is { } dealId)
        {
            interactions = interactions.Where(i => i.DealId == dealId);
        }

        if (filter.Kind is { } kind)
        {
            interactions = interactions.Where(i => i.Kind == kind);
        }

        if (filter.Mine)
        {
            var me = currentUser.Id;
            interactions = interactions.Where(i => i.LoggedBy == me);
        }

        return interactions;
    }
}
