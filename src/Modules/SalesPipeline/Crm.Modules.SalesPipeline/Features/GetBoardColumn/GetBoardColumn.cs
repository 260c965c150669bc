using Crm.Modules.Identity.Contracts;
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

namespace Crm.Modules.SalesPipeline.Features.GetBoardColumn;

/// <summary>The next cards of one board column, after the cursor the previous page gave.</summary>
internal sealed record GetBoardColumn(Guid PipelineId, Guid StageId, BoardFilter Filter, int? Limit, string? Cursor) : IQuery<Result<Page<DealCard>>>;

internal sealed class GetBoardColumnHandler(SalesDbContext db, IRecordVisibility visibility, IUserDirectory users, BoardCards cards, DealCustomFieldCatalog fields)
    : IQueryHandler<GetBoardColumn, Result<Page<DealCard>>>
{
    public async ValueTask<Result<Page<DealCard>>> Handle(GetBoardColumn query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.Parse(query.Limit ?? GetBoard.GetBoardHandler.DefaultLimit, query.Cursor);
        if (!paging.IsSuccess)
        {
            return paging.Error!;
        }

        var pipeline = await db.Pipelines.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PipelineId(query.PipelineId), cancellationToken);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound(query.PipelineId);
        }

        if (pipeline.StageOf(new StageId(query.StageId)) is not { } stage)
        {
            return PipelineErrors.StageNotFound(query.StageId);
        }

        var filter = await query.Filter.ResolveAsync(users, fields, db.Provider, cancellationToken);
        if (!filter.IsSuccess)
        {
            return filter.Error!;
        }

        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Deals, cancellationToken);
        var deals = filter.Value.Apply(db.Deals.AsNoTracking().VisibleTo(visible));
        var rows = await BoardCards.ReadPageAsync(deals, stage, paging.Value, cancellationToken);
        return (await cards.ToPagesAsync([(stage, rows)], paging.Value, cancellationToken))[0];
    }
}
