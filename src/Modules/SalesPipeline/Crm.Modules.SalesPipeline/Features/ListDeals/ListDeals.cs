using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ListDeals;

/// <summary>The deals the caller sees, newest first, narrowed to a company, a contact, a pipeline, an owner or a status.</summary>
internal sealed record ListDeals(ListDealsFilter Filter, int? Limit, string? Cursor) : IQuery<Result<Page<DealListItem>>>;

internal sealed record ListDealsFilter(Guid? CompanyId, Guid? ContactId, Guid? PipelineId, Guid? OwnerId, DealStatus? Status);

internal sealed record DealListItem(
    Guid Id,
    string Name,
    MoneyResponse? Amount,
    DateOnly? ExpectedCloseDate,
    Guid PipelineId,
    Guid StageId,
    string StageName,
    DealStatus Status,
    Guid OwnerId,
    Guid? CompanyId,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset? ClosedAtUtc);

internal sealed class ListDealsHandler(SalesDbContext db, IRecordVisibility visibility) : IQueryHandler<ListDeals, Result<Page<DealListItem>>>
{
    public async ValueTask<Result<Page<DealListItem>>> Handle(ListDeals query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error!;
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Deals, cancellationToken);
        var deals = Filter(db.Deals.AsNoTracking().VisibleTo(visible), query.Filter);
        if (paging.Value.After is { } after)
        {
            var afterId = new DealId(after);
            deals = deals.Where(d => d.Id.CompareTo(afterId) < 0);
        }

        var rows = await deals.OrderByDescending(d => d.Id).Take(paging.Value.Limit + 1).ToListAsync(cancellationToken);
        var stageIds = rows.Select(d => d.StageId).Distinct().ToList();
        var stageNames = await db.Stages.AsNoTracking().Where(s => stageIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return paging.Value.ToPage(rows, d => d.Id.Value, d => ToItem(d, stageNames));
    }

    private static IQueryable<Deal> Filter(IQueryable<Deal> deals, ListDealsFilter filter)
    {
        if (filter.CompanyId is { } companyId)
        {
            deals = deals.Where(d => d.CompanyId == companyId);
        }

        if (filter.ContactId is { } contactId)
        {
            deals = deals.Where(d => d.Contacts.Any(c => c.ContactId == contactId));
        }

        if (filter.PipelineId is { } pipelineId)
        {
            deals = deals.Where(d => d.PipelineId == new PipelineId(pipelineId));
        }

        if (filter.OwnerId is { } ownerId)
        {
            deals = deals.Where(d => d.OwnerId == ownerId);
        }

        if (filter.Status is { } status)
        {
            deals = deals.Where(d => d.Status == status);
        }

        return deals;
    }

    private static DealListItem ToItem(Deal deal, Dictionary<StageId, string> stageNames) => new(
        deal.Id.Value,
        deal.Name,
        deal.Amount is { } amount ? new MoneyResponse(amount.Amount, amount.Currency) : null,
        deal.ExpectedCloseDate,
        deal.PipelineId.Value,
        deal.StageId.Value,
        stageNames.GetValueOrDefault(deal.StageId, string.Empty),
        deal.Status,
        deal.OwnerId,
        deal.CompanyId,
        deal.CreatedAtUtc,
        deal.ClosedAtUtc);
}
