using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Features.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.GetPipeline;

internal sealed record GetPipeline(Guid Id) : IQuery<Result<PipelineResponse>>;

internal sealed class GetPipelineHandler(SalesDbContext db) : IQueryHandler<GetPipeline, Result<PipelineResponse>>
{
    public async ValueTask<Result<PipelineResponse>> Handle(GetPipeline query, CancellationToken cancellationToken)
    {
        var pipeline = await db.Pipelines.AsNoTracking().FirstOrDefaultAsync(p => p.Id == new PipelineId(query.Id), cancellationToken);
        return pipeline is null ? PipelineErrors.NotFound(query.Id) : PipelineResponse.From(pipeline);
    }
}
