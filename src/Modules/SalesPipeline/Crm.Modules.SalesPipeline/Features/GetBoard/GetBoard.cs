using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Board;
using Crm.Modules.SalesPipeline.Features.DealCustomFields;
using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.GetBoard;

/// <summary>
/// A pipeline's board: for each stage, the count and sums of the deals the caller sees (weighted by probability),
/// and the first page of its cards, newest first.
/// </summary>
internal sealed record GetBoard(Guid PipelineId, BoardFilter Filter, int? Limit) : IQuery<Result<BoardResponse>>;

internal sealed class GetBoardHandler(SalesDbContext db, IRecordVisibility visibility, IUserDirectory users, BoardCards cards, DealCustomFieldCatalog fields) : IQueryHandler<GetBoard, Result<BoardResponse>>
{
    public const int DefaultLimit = 20;

    public async ValueTask<Result<BoardResponse>> Handle(GetBoard query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit ?? DefaultLimit, null);
        if (!paging.IsSuccess)
        {
            return paging.Error!;
        }

        var pipeline = await db.Pipelines.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PipelineId(query.PipelineId), cancellationToken);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound(query.PipelineId);
        }

        var filter = await query.Filter.ResolveAsync(users, fields, db.Provider, cancellationToken);
        if (!filter.IsSuccess)
        {
            return filter.Error!;
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Deals, cancellationToken);
        var deals = filter.Value.Apply(db.Deals.AsNoTracking().VisibleTo(visible).Where(d => d.PipelineId == pipeline.Id));
        var sums = await deals
            .GroupBy(d => new { d.StageId, d.Currency })
            .Select(g => new
            {
                g.Key.StageId,
                g.Key.Currency,
                Count = g.Count(),
                Cents = g.Sum(d => d.AmountCents ?? 0),
                WeightedCents = g.Sum(d => (d.AmountCents ?? 0) * d.Probability),
            })
            .ToListAsync(cancellationToken);

        var rows = new List<(Stage, List<Deal>)>();
        foreach (var stage in pipeline.Stages)
        {
            rows.Add((stage, await BoardCards.ReadPageAsync(deals, stage, paging.Value, cancellationToken)));
        }

        var pages = await cards.ToPagesAsync(rows, paging.Value, cancellationToken);
        var columns = pipeline.Stages.Select((stage, i) =>
        {
            var stageSums = sums.Where(s => s.StageId == stage.Id).ToList();
            var totals = stageSums.Where(s => s.Currency is not null)
                .Select(s => new MoneyTotal(s.Currency!, s.Cents / 100m, s.WeightedCents / 10_000m))
                .OrderBy(t => t.Currency, StringComparer.Ordinal)
                .ToList();
            return new BoardColumn(StageResponse.From(stage), stageSums.Sum(s => s.Count), totals, pages[i].Items, pages[i].NextCursor);
        });
        return new BoardResponse(pipeline.Id.Value, pipeline.Name, [.. columns]);
    }
}
